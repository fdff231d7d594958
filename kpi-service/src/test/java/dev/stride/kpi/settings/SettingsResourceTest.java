package dev.stride.kpi.settings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsResourceTest {

    @Test
    @TestSecurity(user = "rep-1", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = "settings-test"))
    void newTenantHasTheJapaneseDefaults() {
        given().get("/settings")
                .then().statusCode(200)
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("fiscalYearStartMonth", equalTo(4))
                .body("currency", equalTo("JPY"));
    }
}
