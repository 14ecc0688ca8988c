package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcDataItem;
import io.cnctwin.connect.entity.MtcObservation;
import io.cnctwin.connect.entity.MtcStreams;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MTConnect 1.3 to 2.x documents with StAX, by local names (any schema version's namespace): a probe's data
 * items, and a streams document's header and observations (Samples, Events, Condition). External entities and DTDs
 * are refused: an agent's answer is untrusted input.
 */
public final class MtcParser {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();
    private static final Set<String> CONTAINERS = Set.of("Samples", "Events", "Condition");
    private static final Set<String> LEVELS = Set.of("Normal", "Warning", "Fault", "Unavailable");

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private MtcParser() {
    }

    /** The data items of every device, by id. */
    public static Map<String, MtcDataItem> probe(InputStream xml) throws XMLStreamException {
        Map<String, MtcDataItem> items = new LinkedHashMap<>();
        XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
        String device = null;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (name.equals("Device")) {
                device = reader.getAttributeValue(null, "name");
            } else if (name.equals("DataItem") && device != null) {
                String id = reader.getAttributeValue(null, "id");
                items.put(id, new MtcDataItem(id, device, reader.getAttributeValue(null, "category"),
                        reader.getAttributeValue(null, "type"), reader.getAttributeValue(null, "subType"),
                        reader.getAttributeValue(null, "units")));
            } else if (name.equals("MTConnectError")) {
                throw new XMLStreamException("the agent answered the probe with an error");
            }
        }
        return items;
    }

    public static MtcStreams streams(InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
        long[] header = new long[4];
        List<MtcObservation> observations = new ArrayList<>();
        String device = null;
        String container = null;
        String errorCode = null;
        String errorText = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && CONTAINERS.contains(reader.getLocalName())) {
                container = null;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (name.equals("Header")) {
                header = new long[] {number(reader, "instanceId"), number(reader, "firstSequence"),
                        number(reader, "nextSequence"), number(reader, "lastSequence")};
            } else if (name.equals("DeviceStream")) {
                device = reader.getAttributeValue(null, "name");
            } else if (CONTAINERS.contains(name)) {
                container = name;
            } else if (name.equals("Error")) {
                errorCode = reader.getAttributeValue(null, "errorCode");
                errorText = reader.getElementText().strip();
            } else if (container != null && device != null) {
                observations.add(observation(reader, device, container.equals("Condition") && LEVELS.contains(name) ? name : null));
            }
        }
        return new MtcStreams(header[0], header[1], header[2], header[3], observations, errorCode, errorText);
    }

    private static MtcObservation observation(XMLStreamReader reader, String device, String level) throws XMLStreamException {
        String id = reader.getAttributeValue(null, "dataItemId");
        String timestamp = reader.getAttributeValue(null, "timestamp");
        long sequence = number(reader, "sequence");
        String nativeCode = reader.getAttributeValue(null, "nativeCode");
        String nativeSeverity = reader.getAttributeValue(null, "nativeSeverity");
        String text = reader.getElementText().strip();
        return new MtcObservation(device, id, utc(timestamp), sequence, text, level, nativeCode, nativeSeverity);
    }

    private static long number(XMLStreamReader reader, String attribute) throws XMLStreamException {
        String text = reader.getAttributeValue(null, attribute);
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException(attribute + " is not a number: " + text);
        }
    }

    static LocalDateTime utc(String timestamp) throws XMLStreamException {
        try {
            String text = timestamp.endsWith("Z") || timestamp.matches(".*[+-]\\d\\d:\\d\\d$") ? timestamp : timestamp + "Z";
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new XMLStreamException("not an MTConnect timestamp: " + timestamp);
        }
    }
}
