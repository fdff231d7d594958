package dev.stride.crm.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Salesforce Outbound Messages: a SOAP envelope of {@code notifications} carrying the sender's
 * {@code OrganizationId} and one or more {@code Notification}s, each with its own {@code Id} (the same on every
 * retry). Salesforce does not sign them: the organization id must match the endpoint's. Parsed with DTDs and external
 * entities off.
 */
final class SalesforceOutboundMessages {

    static final String NAMESPACE = "http://soap.sforce.com/2005/09/outbound";
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
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(body));
            NodeList organization = document.getElementsByTagNameNS(NAMESPACE, "OrganizationId");
            if (organization.getLength() != 1) {
                return Optional.empty();
            }
            List<String> ids = new ArrayList<>();
            NodeList notifications = document.getElementsByTagNameNS(NAMESPACE, "Notification");
            for (int i = 0; i < notifications.getLength(); i++) {
                NodeList id = ((Element) notifications.item(i)).getElementsByTagNameNS(NAMESPACE, "Id");
                if (id.getLength() > 0) {
                    ids.add(id.item(0).getTextContent().strip());
                }
            }
            return Optional.of(new Message(organization.item(0).getTextContent().strip(),
                    List.copyOf(new TreeSet<>(ids))));
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            return Optional.empty();
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
