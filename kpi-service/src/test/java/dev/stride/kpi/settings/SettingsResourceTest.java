package dev.stride.kpi.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsResourceTest {

    @Test
    @TestSecurity(user = "rep-1", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-test"))
    void newTenantHasTheJapaneseDefaults() {
        given().get("/settings")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("fiscalYearStartMonth", equalTo(4))
                .body("currency", equalTo("JPY"))
                .body("grossMarginPercent", equalTo(100))
                .body("leadConversionWindowDays", equalTo(90))
                .body("nationalHolidays", equalTo("JP"))
                .body("exchangeRates", equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-replace-test"))
    void anAdminReplacesTheSettingsAndAStaleVersionIsRefused() {
        int before = given().get("/settings").then().extract().path("version");

        given().contentType(ContentType.JSON).body(settings()).put("/settings")
                .then().statusCode(200).header("ETag", "\"" + (before + 1) + "\"")
                .body("grossMarginPercent", equalTo(72.5f))
                .body("exchangeRates[0].rate", equalTo(151.2f));

        given().contentType(ContentType.JSON).header("If-Match", "\"" + before + "\"")
                .body(with("fiscalYearStartMonth", 1)).put("/settings")
                .then().statusCode(412).contentType("application/problem+json");
        given().get("/settings").then().body("fiscalYearStartMonth", equalTo(4)).body("version", equalTo(before + 1));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + (before + 1) + "\"")
                .body(with("fiscalYearStartMonth", 1)).put("/settings")
                .then().statusCode(200).body("fiscalYearStartMonth", equalTo(1))
                .header("ETag", "\"" + (before + 2) + "\"");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-invalid-test"))
    void invalidSettingsAreRefusedFieldByFieldAndChangeNothing() {
        Map<String, Object> ownCurrencyRate = with("exchangeRates",
                List.of(Map.of("month", "2026-11", "currency", "JPY", "rate", 1)));
        Map<String, Object> twice = with("exchangeRates", List.of(Map.of("month", "2026-11", "currency", "USD",
                "rate", 150), Map.of("month", "2026-11", "currency", "USD", "rate", 151)));
        List<Map<String, Object>> bad = List.of(with("timeZone", "Tokyo"), with("timeZone", "+09:00"),
                with("fiscalYearStartMonth", 13), with("currency", "YEN"), with("grossMarginPercent", 0),
                with("leadConversionWindowDays", 0), with("nationalHolidays", "XX"), ownCurrencyRate, twice,
                with("exchangeRates", List.of(Map.of("month", "2026-13", "currency", "USD", "rate", 150))),
                with("exchangeRates", List.of(Map.of("month", "2026-11", "currency", "USD", "rate", -1))),
                with("daysOff", List.of(Map.of("date", "2026-12-28", "name", "a"),
                        Map.of("date", "2026-12-28", "name", "b"))));
        List<String> fields = List.of("timeZone", "timeZone", "fiscalYearStartMonth", "currency",
                "grossMarginPercent", "leadConversionWindowDays", "nationalHolidays", "exchangeRates",
                "exchangeRates", "exchangeRates[0].month", "exchangeRates[0].rate", "daysOff");

        int before = given().get("/settings").then().extract().path("version");
        for (int i = 0; i < bad.size(); i++) {
            given().contentType(ContentType.JSON).body(bad.get(i)).put("/settings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(fields.get(i)));
        }
        given().get("/settings").then().body("version", equalTo(before));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-roles-test"))
    void onlyAnAdminChangesTheSettings() {
        given().contentType(ContentType.JSON).body(settings()).put("/settings")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-holidays-test"))
    void theCalendarHasJapansHolidaysAndTheTenantsOwnDaysOff() {
        given().contentType(ContentType.JSON).body(settings()).put("/settings").then().statusCode(200);
        given().queryParam("year", 2026).get("/settings/holidays")
                .then().statusCode(200)
                .body("date", hasItem("2026-09-22"))
                .body("find { it.date == '2026-09-22' }.name", equalTo("国民の休日"))
                .body("find { it.date == '2026-05-06' }.nameEn", equalTo("Substitute Holiday"))
                .body("date", not(hasItem("2025-11-24")));

        given().contentType(ContentType.JSON).body(with("daysOff",
                List.of(Map.of("date", "2026-12-29", "name", "年末休業")))).put("/settings").then().statusCode(200);
        given().queryParam("year", 2026).get("/settings/holidays")
                .then().body("find { it.date == '2026-12-29' }.national", equalTo(false));

        given().contentType(ContentType.JSON).body(with("nationalHolidays", null)).put("/settings")
                .then().statusCode(200);
        given().queryParam("year", 2026).get("/settings/holidays").then().body("date", equalTo(List.of()));
        given().queryParam("year", 1999).get("/settings/holidays").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    static Map<String, Object> settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", "Asia/Tokyo");
        body.put("fiscalYearStartMonth", 4);
        body.put("currency", "JPY");
        body.put("grossMarginPercent", 72.5);
        body.put("leadConversionWindowDays", 90);
        body.put("nationalHolidays", "JP");
        body.put("exchangeRates", List.of(Map.of("month", "2026-11", "currency", "USD", "rate", 151.2)));
        body.put("daysOff", List.of());
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = settings();
        body.put(field, value);
        return body;
    }
}
