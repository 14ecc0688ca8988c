package io.cnctwin.connect.control;

import java.time.Instant;
import java.util.List;

/** Writes the demo agent's MTConnect 1.3 documents (probe, streams, error) from a {@link DemoAgentBuffer} snapshot. */
public final class MtcDocuments {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private MtcDocuments() {
    }

    public static String probe(DemoAgentBuffer.Snapshot s) {
        StringBuilder xml = new StringBuilder(XML).append("<MTConnectDevices xmlns=\"urn:mtconnect.org:MTConnectDevices:1.3\">")
                .append("<Header creationTime=\"").append(Instant.now()).append("\" sender=\"cnc-twin\" instanceId=\"")
                .append(s.instanceId()).append("\" version=\"1.3.0\" assetBufferSize=\"0\" assetCount=\"0\" bufferSize=\"")
                .append(s.capacity()).append("\"/><Devices>");
        for (String device : s.devices()) {
            xml.append("<Device id=\"").append(device).append("\" name=\"").append(device).append("\" uuid=\"")
                    .append(device).append("\"><Components><Controller id=\"").append(device)
                    .append("-ctrl\" name=\"controller\"><DataItems>");
            for (String[] item : DemoAgentBuffer.ITEMS) {
                xml.append("<DataItem id=\"").append(device).append('-').append(item[0]).append("\" type=\"")
                        .append(item[1]).append("\" category=\"").append(item[2]).append('"')
                        .append(item[3] == null ? "" : " units=\"" + item[3] + "\"").append("/>");
            }
            xml.append("</DataItems></Controller></Components></Device>");
        }
        return xml.append("</Devices></MTConnectDevices>").toString();
    }

    public static String streams(DemoAgentBuffer.Snapshot s, List<DemoAgentBuffer.Entry> entries) {
        StringBuilder xml = new StringBuilder(XML).append("<MTConnectStreams xmlns=\"urn:mtconnect.org:MTConnectStreams:1.3\">")
                .append(header(s)).append("<Streams>");
        for (String device : s.devices()) {
            xml.append("<DeviceStream name=\"").append(device).append("\" uuid=\"").append(device)
                    .append("\"><ComponentStream component=\"Controller\" name=\"controller\" componentId=\"")
                    .append(device).append("-ctrl\">");
            for (String category : new String[] {"SAMPLE", "EVENT"}) {
                xml.append(category.equals("SAMPLE") ? "<Samples>" : "<Events>");
                for (DemoAgentBuffer.Entry e : entries) {
                    String[] item = item(e.item());
                    if (e.device().equals(device) && item[2].equals(category)) {
                        String element = pascal(item[1]);
                        xml.append('<').append(element).append(" dataItemId=\"").append(device).append('-')
                                .append(e.item()).append("\" timestamp=\"").append(e.timestamp()).append("\" sequence=\"")
                                .append(e.sequence()).append("\">").append(e.value()).append("</").append(element).append('>');
                    }
                }
                xml.append(category.equals("SAMPLE") ? "</Samples>" : "</Events>");
            }
            xml.append("</ComponentStream></DeviceStream>");
        }
        return xml.append("</Streams></MTConnectStreams>").toString();
    }

    public static String error(DemoAgentBuffer.Snapshot s, String code, String text) {
        return XML + "<MTConnectError xmlns=\"urn:mtconnect.org:MTConnectError:1.3\">" + header(s)
                + "<Errors><Error errorCode=\"" + code + "\">" + text + "</Error></Errors></MTConnectError>";
    }

    private static String header(DemoAgentBuffer.Snapshot s) {
        return "<Header creationTime=\"" + Instant.now() + "\" sender=\"cnc-twin\" instanceId=\"" + s.instanceId()
                + "\" version=\"1.3.0\" bufferSize=\"" + s.capacity() + "\" nextSequence=\"" + s.next()
                + "\" firstSequence=\"" + s.first() + "\" lastSequence=\"" + (s.next() - 1) + "\"/>";
    }

    static String pascal(String type) {
        StringBuilder name = new StringBuilder();
        for (String part : type.split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }

    private static String[] item(String suffix) {
        for (String[] item : DemoAgentBuffer.ITEMS) {
            if (item[0].equals(suffix)) {
                return item;
            }
        }
        throw new IllegalArgumentException(suffix);
    }
}
