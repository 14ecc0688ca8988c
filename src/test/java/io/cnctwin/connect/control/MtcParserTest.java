package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.MtcObservation;
import io.cnctwin.connect.entity.MtcStreams;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MtcParserTest {

    static final String STREAMS_2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <MTConnectStreams xmlns="urn:mtconnect.org:MTConnectStreams:2.2">
              <Header creationTime="2030-01-01T00:00:10Z" sender="agent" instanceId="1717" version="2.2.0.5"
                      bufferSize="131072" nextSequence="105" firstSequence="1" lastSequence="104"/>
              <Streams>
                <DeviceStream name="Haas-VF2" uuid="haas-vf2">
                  <ComponentStream component="Rotary" name="C" componentId="c1">
                    <Samples>
                      <RotaryVelocity dataItemId="Srpm" timestamp="2030-01-01T00:00:09.250+01:00" sequence="101"
                          subType="ACTUAL">UNAVAILABLE</RotaryVelocity>
                    </Samples>
                  </ComponentStream>
                  <ComponentStream component="Controller" name="controller" componentId="cont">
                    <Condition>
                      <Fault dataItemId="logic" timestamp="2030-01-01T00:00:09Z" sequence="102" type="LOGIC_PROGRAM"
                          nativeCode="1010" nativeSeverity="2">PROGRAM ERROR</Fault>
                    </Condition>
                  </ComponentStream>
                </DeviceStream>
              </Streams>
            </MTConnectStreams>
            """;

    @Test
    void aVersion2DocumentWithOffsetsUnavailableAndACondition() throws Exception {
        MtcStreams cut = MtcParser.streams(xml(STREAMS_2));
        assertEquals(1717, cut.instanceId());
        assertEquals(105, cut.nextSequence());
        MtcObservation rpm = cut.observations().get(0);
        assertEquals(LocalDateTime.parse("2029-12-31T23:00:09.250"), rpm.timestamp(), "converted to UTC");
        assertEquals(MtcObservation.UNAVAILABLE, rpm.value());
        MtcObservation fault = cut.observations().get(1);
        assertEquals("Fault", fault.level());
        assertEquals("1010", fault.nativeCode());
        assertEquals("2", fault.nativeSeverity());
        assertEquals("PROGRAM ERROR", fault.value());
    }

    @Test
    void anExternalEntityIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<MTConnectStreams><Header instanceId=\"1\"/>&e;</MTConnectStreams>";
        assertThrows(XMLStreamException.class, () -> MtcParser.streams(xml(hostile)));
    }

    private static ByteArrayInputStream xml(String text) {
        return new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8));
    }
}
