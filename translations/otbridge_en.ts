<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OtBridge::ConsolePage</name>
    <message numerus="yes">
        <location filename="../ui/console/consolepage.cpp" line="+96"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+975"/>
        <source>Replayed %n dead deliveries.</source>
        <translation>
            <numerusform>Replayed %n dead delivery.</numerusform>
            <numerusform>Replayed %n dead deliveries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Exported %n events.</source>
        <translation>
            <numerusform>Exported %n event.</numerusform>
            <numerusform>Exported %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exporting %n events…</source>
        <translation>
            <numerusform>Exporting %n event…</numerusform>
            <numerusform>Exporting %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-249"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rows shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::EventDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/console/eventdetailpane.cpp" line="+442"/>
        <source>digest of %n event(s), sent %1</source>
        <translation>
            <numerusform>digest of %n event, sent %1</numerusform>
            <numerusform>digest of %n events, sent %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::HttpTargetForm</name>
    <message numerus="yes">
        <location filename="../ui/targets/httptargetform.cpp" line="+725"/>
        <source>%n attempt(s) before the delivery is dead.</source>
        <translation>
            <numerusform>%n attempt before the delivery is dead.</numerusform>
            <numerusform>%n attempts before the delivery is dead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::ResponseView</name>
    <message numerus="yes">
        <location filename="../ui/tester/responseview.cpp" line="+173"/>
        <source>%1 %2 · %3 · %n byte(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 · %n byte</numerusform>
            <numerusform>%1 %2 · %3 · %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>
… (cut at %n byte(s))</source>
        <translation>
            <numerusform>
… (cut at %n byte)</numerusform>
            <numerusform>
… (cut at %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n request(s) in %1 s, %2 per second</source>
        <translation>
            <numerusform>%n request in %1 s, %2 per second</numerusform>
            <numerusform>%n requests in %1 s, %2 per second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::SamplePayloadPane</name>
    <message numerus="yes">
        <location filename="../ui/rules/samplepayloadpane.cpp" line="+247"/>
        <source>the newest of %n events with this same body</source>
        <translation>
            <numerusform>the newest of %n event with this same body</numerusform>
            <numerusform>the newest of %n events with this same body</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::SparklineChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/sparklinechart.cpp" line="+120"/>
        <source>−%n min</source>
        <translation>
            <numerusform>−%n min</numerusform>
            <numerusform>−%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>−%n s</source>
        <translation>
            <numerusform>−%n s</numerusform>
            <numerusform>−%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtBridge::TesterPage</name>
    <message numerus="yes">
        <location filename="../ui/tester/testerpage.cpp" line="+451"/>
        <source>%1 %2, %n time(s), %3 at once; sent %4</source>
        <translation>
            <numerusform>%1 %2, %n time, %3 at once; sent %4</numerusform>
            <numerusform>%1 %2, %n times, %3 at once; sent %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>Imported %n request(s) from &apos;%1&apos;</source>
        <translation>
            <numerusform>Imported %n request from &apos;%1&apos;</numerusform>
            <numerusform>Imported %n requests from &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../core/rules/workspacecheck.cpp" line="+694"/>
        <source>the rule has %n action(s)</source>
        <translation>
            <numerusform>the rule has %n action</numerusform>
            <numerusform>the rule has %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tester/loadsummary.cpp" line="+45"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/tester/postmancollection.cpp" line="+618"/>
        <source>%n part(s) of the collection carry scripts; scripts are not run</source>
        <translation>
            <numerusform>%n part of the collection carries scripts; scripts are not run</numerusform>
            <numerusform>%n parts of the collection carry scripts; scripts are not run</numerusform>
        </translation>
    </message>
</context>
</TS>
