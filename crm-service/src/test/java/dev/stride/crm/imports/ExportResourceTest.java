package dev.stride.crm.imports;

import static dev.stride.crm.imports.Imports.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestSecurity(user = "admin-exports", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = ExportResourceTest.TENANT))
class ExportResourceTest {

    static final String TENANT = "export-resource-test";
    private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

    @Inject
    TenantRows rows;

    @Test
    void anExportHasTheImportsColumnsAByteOrderMarkAndEveryMatchingRowPastOneBatch() {
        String marker = marker();
        String file = "externalId,name,amount,currency\n" + IntStream.rangeClosed(1, 1203)
                .mapToObj(i -> "%s-%04d,Bulk %s %04d,%d,JPY".formatted(marker, i, marker, i, i * 1000))
                .collect(Collectors.joining("\n"));
        post("deals", false, file.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("created", equalTo(1203));

        byte[] body = given().queryParam("q", marker).queryParam("sort", "name").get("/deals/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"stride-deals-"))
                .extract().asByteArray();

        assertArrayEquals(BOM, Arrays.copyOf(body, 3));
        List<String> lines = lines(body);
        assertEquals("externalId,name,accountExternalId,pipeline,stage,amount,currency,expectedCloseDate,ownerId,"
                + "status,createdAt,closedAt,lostReason", lines.getFirst());
        assertEquals(1204, lines.size());
        assertEquals(marker + "-0001,Bulk " + marker + " 0001,,Sales,Qualification,1000,JPY,,admin-exports,OPEN",
                lines.get(1).substring(0, lines.get(1).indexOf(",OPEN") + 5));
        assertEquals(marker + "-1203", lines.getLast().split(",")[0]);
    }

    @Test
    void recordsBornInStrideReImportAsUpdatesNotDuplicates() {
        String marker = marker();
        String account = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Round Trip " + marker, "industry", "=HYPERLINK(\"x\")"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Round trip deal " + marker, "accountId", account, "amount", 300000,
                        "currency", "JPY"))
                .post("/deals").then().statusCode(201);
        long accounts = rows.count("account", TENANT);
        long deals = rows.count("deal", TENANT);

        byte[] accountFile = given().queryParam("q", marker).get("/accounts/export").then().statusCode(200)
                .extract().asByteArray();
        byte[] dealFile = given().queryParam("q", marker).get("/deals/export").then().statusCode(200)
                .extract().asByteArray();

        assertEquals(account + ",Round Trip " + marker + ",\"'=HYPERLINK(\"\"x\"\")\",,admin-exports",
                lines(accountFile).get(1), "a formula-like cell is guarded with a quote and quoted");
        assertEquals(account, lines(dealFile).get(1).split(",")[2], "the deal refers to its account by its id");
        post("accounts", false, accountFile).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        post("deals", false, dealFile).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        assertEquals(accounts, rows.count("account", TENANT));
        assertEquals(deals, rows.count("deal", TENANT));
        given().get("/accounts/" + account).then().body("industry", equalTo("=HYPERLINK(\"x\")"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "accounts", "contacts", "leads", "activities", "subscriptions" })
    void everyListExportsAFileItsImportTakesBackUnchanged(String kind) {
        String marker = marker();
        post("accounts", false, ("externalId,name\n" + marker + ",Export " + marker + "\n")
                .getBytes(StandardCharsets.UTF_8)).statusCode(200);
        String seed = switch (kind) {
            case "accounts" -> "externalId,name,industry,sizeBand\n%1$s-x,Export two %1$s,製造業,SMALL\n";
            case "contacts" -> "externalId,accountExternalId,name,kana,email,phone\n"
                    + "%1$s-c,%1$s,佐藤 %1$s,サトウ,sato@example.com,+81-3-1234-5678\n";
            case "leads" -> "externalId,name,company,source,campaign,createdAt\n"
                    + "%1$s-l,山田 %1$s,\"山田工業, 株式会社\",referral,spring,2026-02-03\n";
            case "activities" -> "externalId,type,subject,notes,at,durationMinutes,accountExternalId,completed\n"
                    + "%1$s-a,CALL,Call %1$s,\"two\nlines\",2026-10-01T10:00:00+09:00,15,%1$s,true\n";
            default -> "externalId,accountExternalId,plan,mrr,currency,startedOn,renewsOn\n"
                    + "%1$s-s,%1$s,Plan %1$s,50000,JPY,2025-04-01,2026-04-01\n";
        };
        post(kind, false, seed.formatted(marker).getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("created", equalTo(1));

        byte[] exported = given().queryParam("q", marker).get("/" + kind + "/export").then().statusCode(200)
                .extract().asByteArray();

        assertEquals(2 + (kind.equals("accounts") ? 1 : 0), lines(exported).size(), String.join("\n",
                lines(exported)));
        post(kind, false, exported).statusCode(200).body("errorCount", equalTo(0)).body("created", equalTo(0));
        byte[] again = given().queryParam("q", marker).get("/" + kind + "/export").then().extract().asByteArray();
        assertEquals(new String(exported, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8));
    }

    @Test
    void aLeadsExportShowsTheStatusWhichTheImportLeavesAlone() {
        String marker = marker();
        post("leads", false, ("name,source\nStatus " + marker + ",web\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(200);

        byte[] exported = given().queryParam("q", marker).get("/leads/export").then().extract().asByteArray();

        assertTrue(lines(exported).getFirst().endsWith(",createdAt,status"));
        assertTrue(lines(exported).get(1).endsWith(",NEW"));
        post("leads", true, exported).statusCode(200).body("errorCount", equalTo(0)).body("updated", equalTo(1));
    }

    @Test
    void aMalformedFilterIsAProblemBeforeAnyRow() {
        given().queryParam("status", "MAYBE").get("/deals/export")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"))
                .body("errors.message", hasItem(containsString("OPEN, WON, LOST")));
    }

    @Test
    @TestSecurity(user = "admin-elsewhere", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "export-resource-test-other"))
    void anotherTenantsExportHasNoneOfTheseRows() {
        String marker = marker();
        given().contentType(ContentType.JSON).body(Map.of("name", "Elsewhere " + marker)).post("/accounts")
                .then().statusCode(201);

        List<String> exported = lines(given().get("/accounts/export").then().statusCode(200).extract().asByteArray());

        assertEquals("externalId,name,industry,sizeBand,ownerId", exported.getFirst());
        assertEquals(List.of(), exported.stream().skip(1).filter(line -> !line.contains(",Elsewhere ")).toList());
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The file's records, without the byte order mark (records end with CRLF; a line break in a cell is LF). */
    private static List<String> lines(byte[] file) {
        return Arrays.asList(new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }
}
