package dev.stride.crm.imports;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Posting CSV files to the import endpoint, as the caller the test runs as. */
final class Imports {

    private Imports() {
    }

    /** Imports {@code file} as {@code kind}; {@code params} are extra {@code name=value} query parameters. */
    static ValidatableResponse post(String kind, boolean dryRun, byte[] file, String... params) {
        var request = given().contentType("text/csv").body(file).queryParam("dryRun", dryRun);
        for (String param : params) {
            int eq = param.indexOf('=');
            request = request.queryParam(param.substring(0, eq), param.substring(eq + 1));
        }
        return request.post("/imports/" + kind).then();
    }
}
