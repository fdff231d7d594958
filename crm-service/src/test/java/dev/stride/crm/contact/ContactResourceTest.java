package dev.stride.crm.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-c", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = ContactResourceTest.TENANT))
class ContactResourceTest {

    static final String TENANT = "contact-resource-test";

    @Test
    void contactIsCreatedAtAnAccountAndReadBack() {
        String account = anAccount();
        String location = given().contentType(ContentType.JSON).body(aContact(account, "佐藤 花子", "サトウ ハナコ"))
                .post("/contacts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("accountId", equalTo(account))
                .body("kana", equalTo("サトウ ハナコ"))
                .body("ownerId", equalTo("rep-c"))
                .extract().header("Location");

        given().get(location).then().statusCode(200).body("email", equalTo("hanako@sakura.example"));
    }

    @Test
    void contactsSortByTheirKanaReadingAndFilterByAccount() {
        String account = anAccount();
        create(aContact(account, "渡辺 健", "ワタナベ ケン"));
        create(aContact(account, "青木 優", "アオキ ユウ"));
        create(aContact(account, "Kato Mei", null));

        given().queryParam("account", account).get("/contacts")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains("Kato Mei", "青木 優", "渡辺 健"));
        given().queryParam("account", account).queryParam("q", "ワタナベ")
                .get("/contacts")
                .then().statusCode(200).body("items.name", contains("渡辺 健"));
    }

    @Test
    void unknownAccountIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(aContact(UUID.randomUUID().toString(), "Ghost", null))
                .post("/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("accountId"));
    }

    @Test
    void badKanaEmailAndPhoneAreAllListed() {
        Map<String, Object> contact = aContact(anAccount(), "Bad Input", "yamada");
        contact.put("email", "not-an-email");
        contact.put("phone", "call me");
        given().contentType(ContentType.JSON).body(contact)
                .post("/contacts")
                .then().statusCode(400)
                .body("errors.field", hasItem("kana"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void staleIfMatchIsRefusedAndDeleteRemovesTheContact() {
        String id = create(aContact(anAccount(), "Yamada Taro", "ヤマダ タロウ"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(aContact(anAccount(), "Yamada Jiro", null))
                .put("/contacts/{id}", id)
                .then().statusCode(412);

        given().header("If-Match", "\"0\"").delete("/contacts/{id}", id).then().statusCode(204);
        given().get("/contacts/{id}", id).then().statusCode(404);
    }

    @Test
    void anAccountWithContactsCannotBeDeleted() {
        String account = anAccount();
        create(aContact(account, "Still Here", null));

        given().delete("/accounts/{id}", account)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("still has contacts"));
        given().get("/accounts/{id}", account).then().statusCode(200);
    }

    @Test
    void malformedAccountFilterIsRejectedNamingIt() {
        given().queryParam("account", "nope").get("/contacts")
                .then().statusCode(400).body("errors.field", hasItem("account"));
    }

    static String anAccount() {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Contact Test KK " + UUID.randomUUID()))
                .post("/accounts").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> aContact(String accountId, String name, String kana) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("accountId", accountId);
        contact.put("name", name);
        contact.put("kana", kana);
        contact.put("email", "hanako@sakura.example");
        contact.put("phone", "03-1234-5678");
        contact.put("title", "営業部長");
        return contact;
    }

    static String create(Map<String, Object> contact) {
        return given().contentType(ContentType.JSON).body(contact)
                .post("/contacts").then().statusCode(201).extract().path("id");
    }
}
