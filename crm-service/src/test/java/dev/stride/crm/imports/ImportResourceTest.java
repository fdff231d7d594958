package dev.stride.crm.imports;

import static dev.stride.crm.imports.Imports.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-imports", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = ImportResourceTest.TENANT))
class ImportResourceTest {

    static final String TENANT = "import-resource-test";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    @Inject
    TenantRows rows;

    @Test
    void aDryRunReportsEveryProblemByRowAndColumnAndWritesNothing() {
        long before = rows.count("account", TENANT);

        post("accounts", true, """
                externalId,name,industry,sizeBand
                a-1,さくら精機株式会社,Manufacturing,SMALL
                a-2,,Retail,
                a-3,Globex KK,,HUGE
                """.getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("rows", equalTo(3))
                .body("created", equalTo(1))
                .body("errorCount", equalTo(2))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.line", equalTo(List.of(3, 4)))
                .body("errors.column", equalTo(List.of("name", "sizeBand")))
                .body("committed", equalTo(false));
        assertEquals(before, rows.count("account", TENANT));
    }

    @Test
    void aCommitWithAnyBadRowWritesNothing() {
        long before = rows.count("account", TENANT);

        post("accounts", false, ("name\nGood KK\n" + "x".repeat(201) + "\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(422)
                .body("errorCount", equalTo(1))
                .body("errors[0].column", equalTo("name"))
                .body("committed", equalTo(false));
        assertEquals(before, rows.count("account", TENANT));
    }

    @Test
    void reImportingTheSameFileUpdatesByExternalIdInsteadOfDuplicating() {
        String id = UUID.randomUUID().toString();
        String file = "externalId,name,industry\n" + id + "-1,Re Import KK " + id + ",Retail\n" + id + "-2,Re Import GK "
                + id + ",Retail\n";
        post("accounts", false, file.getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(2)).body("committed", equalTo(true));
        long after = rows.count("account", TENANT);

        post("accounts", false, file.replace("Retail", "Logistics").getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2));

        assertEquals(after, rows.count("account", TENANT));
        given().queryParam("q", id).get("/accounts")
                .then().body("items.industry", equalTo(List.of("Logistics", "Logistics")));
    }

    @Test
    void aShiftJisFileFromExcelIsReadAsSuch() {
        String name = "東京機械株式会社 " + UUID.randomUUID().toString().substring(0, 6);

        post("accounts", false, ("会社名,業種\r\n" + name + ",製造業\r\n").getBytes(SHIFT_JIS), "map=会社名=name",
                "map=業種=industry")
                .statusCode(200).body("encoding", equalTo("Shift_JIS")).body("created", equalTo(1));
        given().queryParam("q", name).get("/accounts")
                .then().body("items[0].name", equalTo(name)).body("items[0].industry", equalTo("製造業"));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsRead() {
        byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
        byte[] text = "name\n大阪商事\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        post("accounts", true, file).statusCode(200).body("encoding", equalTo("UTF-8")).body("errorCount", equalTo(0));
    }

    @Test
    void brokenQuotingIsRefusedNamingTheLine() {
        post("accounts", true, "name,industry\nGood KK,Retail\n\"Broken KK,Retail\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }

    @Test
    void aFileInAnotherEncodingThanDeclaredIsRefused() {
        post("accounts", true, "name\n名古屋物産\n".getBytes(SHIFT_JIS), "encoding=UTF-8")
                .statusCode(400).body("errors.field", hasItem("encoding"));
    }

    @Test
    void anUnknownColumnIsRefusedWithTheKnownOnes() {
        post("accounts", true, "name,fax\nGood KK,03-0000\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("detail", containsString("\"fax\"")).body("detail", containsString("industry"));
    }

    @Test
    void dealsBringTheirHistoryWithThem() {
        String id = UUID.randomUUID().toString();
        post("accounts", false, ("externalId,name\n" + id + ",History KK\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(200);

        post("deals", false, ("""
                externalId,name,accountExternalId,stage,amount,currency,status,createdAt,closedAt,lostReason
                %1$s-1,Won last year %1$s,%1$s,Proposal,"1,200,000",JPY,WON,2025/4/1,2025-06-30T15:00:00+09:00,
                %1$s-2,Lost in spring %1$s,%1$s,,500000,JPY,LOST,2026-03-01,2026-04-15,Price
                %1$s-3,Still open %1$s,%1$s,Negotiation,800000,JPY,OPEN,2026-10-01,,
                """).formatted(id).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(3)).body("committed", equalTo(true));

        given().queryParam("q", "Won last year " + id).get("/deals")
                .then().body("items[0].status", equalTo("WON"))
                .body("items[0].amount", equalTo(1200000))
                .body("items[0].stageName", equalTo("Proposal"))
                .body("items[0].createdAt", equalTo("2025-04-01T12:00:00Z"))
                .body("items[0].wonAt", equalTo("2025-06-30T06:00:00Z"));
        given().queryParam("q", "Lost in spring " + id).get("/deals")
                .then().body("items[0].status", equalTo("LOST")).body("items[0].lostReason", equalTo("Price"));
    }

    @Test
    void badDealRowsAreReportedByColumn() {
        post("deals", true, """
                name,accountExternalId,stage,amount,currency,status,closedAt,lostReason
                No account,nowhere,,1,JPY,,,
                No stage,,Nowhere,1,JPY,,,
                Lost why,,,1,JPY,LOST,2026-01-05,
                Bad money,,,12.5,JPY,,,
                Bad currency,,,1,YEN,,,
                """.getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("errorCount", equalTo(5))
                .body("errors.column", equalTo(List.of("accountExternalId", "stage", "lostReason", "amount",
                        "currency")));
    }

    @Test
    void leadsComeWithTheirSourceAndWhenTheyCameIn() {
        String marker = UUID.randomUUID().toString().substring(0, 8);

        post("leads", true, ("name,company,source,createdAt\n山田 " + marker + ",山田工業,carrier pigeon,\n")
                .getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("errors[0].column", equalTo("source"));
        post("leads", false, ("name,company,source,createdAt\n山田 " + marker + ",山田工業,referral,2026-02-03\n")
                .getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(1));
        given().queryParam("q", marker).get("/leads")
                .then().body("items[0].source", equalTo("referral"))
                .body("items[0].createdAt", equalTo("2026-02-03T12:00:00Z"))
                .body("items[0].status", equalTo("NEW"));
    }

    @Test
    void contactsActivitiesAndSubscriptionsFollowTheirAccount() {
        String id = UUID.randomUUID().toString();
        post("accounts", false, ("externalId,name\n" + id + ",Follow KK " + id + "\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(200);

        post("contacts", false, ("externalId,accountExternalId,name,kana,email\n" + id + "-c,%1$s,佐藤 花子,サトウ ハナコ,"
                + "hanako@follow.example\n").formatted(id).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(1));
        post("activities", true, """
                type,subject,at,accountExternalId,completed
                CALL,Intro call,2026-10-01T10:00:00+09:00,%1$s,
                FAX,Old habits,2026-10-02,%1$s,
                TASK,Send quote,2026-10-03,nowhere,false
                """.formatted(id).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("errors.column", equalTo(List.of("type", "accountExternalId")));
        post("subscriptions", false, """
                externalId,accountExternalId,plan,mrr,currency,startedOn,renewsOn,cancelledOn,cancelReason
                %1$s-s,%1$s,Standard,50000,JPY,2025-04-01,2026-04-01,2026-03-31,Moved to a competitor
                """.formatted(id).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(1));

        String account = given().queryParam("q", "Follow KK " + id).get("/accounts").then().extract().path("items[0].id");
        given().queryParam("account", account).get("/contacts").then().body("items[0].kana", equalTo("サトウ ハナコ"));
        given().queryParam("accountId", account).get("/subscriptions")
                .then().body("items[0].status", equalTo("CANCELLED")).body("items[0].cancelledOn", equalTo("2026-03-31"));
        post("subscriptions", true, """
                externalId,accountExternalId,plan,mrr,currency,startedOn
                %1$s-s,%1$s,Standard,60000,JPY,2025-04-01
                """.formatted(id).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("errors[0].column", equalTo("mrr"));
    }

    @Test
    void anUnknownKindIsNotFound() {
        post("unicorns", true, "name\nx\n".getBytes(StandardCharsets.UTF_8)).statusCode(404)
                .body("detail", containsString("deals"));
    }
}
