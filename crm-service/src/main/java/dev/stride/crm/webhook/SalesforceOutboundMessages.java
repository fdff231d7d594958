package dev.stride.crm.webhook;

import dev.stride.crm.imports.CsvImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Salesforce Outbound Messages: a SOAP envelope of {@code notifications} carrying the sender's
 * {@code OrganizationId} and one or more {@code Notification}s, each with its own {@code Id} (the same on every
 * retry) and the {@code sObject} it is about. Salesforce does not sign them: the organization id must match the
 * endpoint's. Parsed with DTDs and external entities off.
 */
final class SalesforceOutboundMessages {

    static final String NAMESPACE = "http://soap.sforce.com/2005/09/outbound";
    static final String PREFIX = "salesforce:";
    /** The answer Salesforce waits for, or it sends the message again. */
    static final String ACK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
              <soapenv:Body>
                <notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">
                  <Ack>true</Ack>
                </notificationsResponse>
              </soapenv:Body>
            </soapenv:Envelope>
            """;

    private SalesforceOutboundMessages() {
    }

    /** What verifying and deduplicating a message needs of it. */
    record Message(String organizationId, List<String> notificationIds) {
    }

    /** The message in the body; empty when it is no readable Outbound Message. */
    static Optional<Message> read(byte[] body) {
        Document document = parse(body);
        if (document == null) {
            return Optional.empty();
        }
        NodeList organization = document.getElementsByTagNameNS(NAMESPACE, "OrganizationId");
        if (organization.getLength() != 1) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (Element notification : elements(document.getElementsByTagNameNS(NAMESPACE, "Notification"))) {
            NodeList id = notification.getElementsByTagNameNS(NAMESPACE, "Id");
            if (id.getLength() > 0) {
                ids.add(id.item(0).getTextContent().strip());
            }
        }
        return Optional.of(new Message(organization.item(0).getTextContent().strip(),
                List.copyOf(new TreeSet<>(ids))));
    }

    /**
     * The changes a message carries: each notification's sObject (Opportunity as a deal, Lead as a lead, Account as
     * an account, external ids {@code salesforce:<Id>}) with the fields the outbound message sends, dated by its
     * {@code LastModifiedDate} (or {@code SystemModstamp}, else when it arrived). A message names the record as it
     * is, so it speaks for the whole record. Opportunity stages and lead statuses go through the endpoint's mapping.
     */
    static DeliveryChanges changes(byte[] body, WebhookMapping mapping, Instant receivedAt) {
        Document document = parse(body);
        if (document == null) {
            throw new CsvImport.RowError(null, "the body is not a readable Salesforce outbound message");
        }
        List<RecordChange> changes = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Element notification : elements(document.getElementsByTagNameNS(NAMESPACE, "Notification"))) {
            NodeList objects = notification.getElementsByTagNameNS(NAMESPACE, "sObject");
            if (objects.getLength() == 0) {
                continue;
            }
            Element object = (Element) objects.item(0);
            Map<String, String> fields = fields(object);
            String type = object.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
            type = type.substring(type.indexOf(':') + 1);
            String id = fields.get("Id");
            if (id == null) {
                throw new CsvImport.RowError(null, "a " + type + " notification has no Id");
            }
            String externalId = PREFIX + id;
            Instant at = receivedAt;
            for (String stamp : List.of("SystemModstamp", "LastModifiedDate")) {
                if (fields.get(stamp) != null) {
                    at = instant(stamp, fields.get(stamp));
                }
            }
            Map<String, String> values = new HashMap<>();
            values.put("externalId", externalId);
            switch (type) {
                case "Opportunity" -> {
                    copy(fields, "Name", values, "name");
                    copy(fields, "Amount", values, "amount");
                    copy(fields, "CurrencyIsoCode", values, "currency");
                    copy(fields, "CloseDate", values, "expectedCloseDate");
                    if (fields.containsKey("AccountId")) {
                        values.put("accountExternalId", fields.get("AccountId") == null ? null
                                : PREFIX + fields.get("AccountId"));
                    }
                    if (fields.containsKey("CreatedDate")) {
                        values.put("createdAt", instant("CreatedDate", fields.get("CreatedDate")).toString());
                    }
                    if (fields.get("StageName") != null) {
                        values.putAll(mapping.dealStage(WebhookProvider.SALESFORCE, fields.get("StageName"), at));
                    }
                    changes.add(RecordChange.upsert("deals", externalId, at, values, Map.of("amount", "0",
                            "currency", mapping.currency(), "name", "Salesforce opportunity " + id)));
                }
                case "Lead" -> {
                    String name = fields.get("Name");
                    if (name == null && (fields.get("FirstName") != null || fields.get("LastName") != null)) {
                        name = String.join(" ", Stream.of(fields.get("FirstName"),
                                fields.get("LastName")).filter(Objects::nonNull).toList());
                    }
                    if (name != null) {
                        values.put("name", name);
                    }
                    copy(fields, "Company", values, "company");
                    copy(fields, "Email", values, "email");
                    copy(fields, "Phone", values, "phone");
                    if (fields.containsKey("CreatedDate")) {
                        values.put("createdAt", instant("CreatedDate", fields.get("CreatedDate")).toString());
                    }
                    RecordChange change = RecordChange.upsert("leads", externalId, at, values, Map.of("source",
                            mapping.leadSource(), "name", "Salesforce lead " + id));
                    String status = fields.get("Status");
                    changes.add(status == null ? change : change.withLeadStatus(new RecordChange.LeadStatus(
                            mapping.leadStatus(WebhookProvider.SALESFORCE, status), "Salesforce lead status "
                                    + status)));
                }
                case "Account" -> {
                    copy(fields, "Name", values, "name");
                    copy(fields, "Industry", values, "industry");
                    changes.add(RecordChange.upsert("accounts", externalId, at, values, Map.of("name",
                            "Salesforce account " + id)));
                }
                default -> ignored.add("Salesforce " + type + " notifications");
            }
        }
        return new DeliveryChanges(changes, ignored.stream().distinct().toList());
    }

    /** An sObject's fields by name: text, or null where the message says {@code xsi:nil}. */
    private static Map<String, String> fields(Element object) {
        Map<String, String> fields = new HashMap<>();
        for (Node node = object.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element field) {
                boolean nil = "true".equals(field.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"));
                String text = field.getTextContent().strip();
                fields.put(field.getLocalName(), nil || text.isEmpty() ? null : text);
            }
        }
        return fields;
    }

    private static void copy(Map<String, String> fields, String field, Map<String, String> values, String column) {
        if (fields.containsKey(field)) {
            values.put(column, fields.get(field));
        }
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new CsvImport.RowError(null, "Salesforce " + field + " \"" + value + "\" is not a date and time");
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The parsed body, with DTDs and external entities off; null when it is not XML. */
    private static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            return null;
        }
    }

    /**
     * True when the message's organization is the endpoint's: the same 18-character id, or, where the endpoint holds
     * the 15-character form, the same first 15 characters (case-sensitive, as that form is).
     */
    static boolean sameOrganization(String expected, String given) {
        if (expected.length() == 15 && given.length() == 18) {
            return expected.equals(given.substring(0, 15));
        }
        return expected.equals(given);
    }
}
