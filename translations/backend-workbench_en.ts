<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bw::CommandLineTool</name>
    <message numerus="yes">
        <source>certificate: %1, issued by %2, expires %3 (%n day(s))</source>
        <translation>
            <numerusform>certificate: %1, issued by %2, expires %3 (%n day)</numerusform>
            <numerusform>certificate: %1, issued by %2, expires %3 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) probed</source>
        <translation>
            <numerusform>%n endpoint probed</numerusform>
            <numerusform>%n endpoints probed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--unhealthy %1: %2 has %n endpoint(s)</source>
        <translation>
            <numerusform>--unhealthy %1: %2 has %n endpoint</numerusform>
            <numerusform>--unhealthy %1: %2 has %n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not changed: the change adds %n problem(s) (--force writes it anyway)</source>
        <translation>
            <numerusform>%1 was not changed: the change adds %n problem (--force writes it anyway)</numerusform>
            <numerusform>%1 was not changed: the change adds %n problems (--force writes it anyway)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::DiskChangeBar</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk while you have unsaved edits in them: %1</source>
        <translation>
            <numerusform>%n file changed on disk while you have unsaved edits in it: %1</numerusform>
            <numerusform>%n files changed on disk while you have unsaved edits in them: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::DiskWatcher</name>
    <message numerus="yes">
        <source>Reloaded %n file(s) changed on disk</source>
        <translation>
            <numerusform>Reloaded %n file changed on disk</numerusform>
            <numerusform>Reloaded %n files changed on disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened %n new file(s)</source>
        <translation>
            <numerusform>opened %n new file</numerusform>
            <numerusform>opened %n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n file(s) deleted on disk</source>
        <translation>
            <numerusform>closed %n file deleted on disk</numerusform>
            <numerusform>closed %n files deleted on disk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::EndpointProbe</name>
    <message numerus="yes">
        <source>the certificate %1 expired on %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>the certificate %1 expired on %2 (%n day ago)</numerusform>
            <numerusform>the certificate %1 expired on %2 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::FormView</name>
    <message numerus="yes">
        <source>up to %n characters</source>
        <translation>
            <numerusform>up to %n character</numerusform>
            <numerusform>up to %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::MainWindow</name>
    <message numerus="yes">
        <source>Probing %n endpoint(s)…</source>
        <translation>
            <numerusform>Probing %n endpoint…</numerusform>
            <numerusform>Probing %n endpoints…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in %1 file(s)</source>
        <translation>
            <numerusform>%n object in %1 file(s)</numerusform>
            <numerusform>%n objects in %1 file(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s); the API server or Envoy Gateway would refuse it. Export anyway?</source>
        <translation>
            <numerusform>The workspace has %n error; the API server or Envoy Gateway would refuse it. Export anyway?</numerusform>
            <numerusform>The workspace has %n errors; the API server or Envoy Gateway would refuse it. Export anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out of the export because they do not parse:</source>
        <translation>
            <numerusform>%n file left out of the export because it does not parse:</numerusform>
            <numerusform>%n files left out of the export because they do not parse:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ProbeDock</name>
    <message numerus="yes">
        <source>%1 reachable (%n with warnings)</source>
        <translation>
            <numerusform>%1 reachable (%n with a warning)</numerusform>
            <numerusform>%1 reachable (%n with warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing: %1 of %n endpoint(s) done</source>
        <translation>
            <numerusform>Probing: %1 of %n endpoint done</numerusform>
            <numerusform>Probing: %1 of %n endpoints done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ProbeResultsModel</name>
    <message numerus="yes">
        <source>the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>the certificate expires in %n day</numerusform>
            <numerusform>the certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ScenarioRunner</name>
    <message numerus="yes">
        <source>%1: %2 has %n endpoint(s), so there is no #%3; the event is ignored.</source>
        <translation>
            <numerusform>%1: %2 has %n endpoint, so there is no #%3; the event is ignored.</numerusform>
            <numerusform>%1: %2 has %n endpoints, so there is no #%3; the event is ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active check(s) passed in a row: healthy again</source>
        <translation>
            <numerusform>%n active check passed in a row: healthy again</numerusform>
            <numerusform>%n active checks passed in a row: healthy again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active check(s) failed in a row (the last: %1): unhealthy</source>
        <translation>
            <numerusform>%n active check failed in a row (the last: %1): unhealthy</numerusform>
            <numerusform>%n active checks failed in a row (the last: %1): unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive 5xx</source>
        <translation>
            <numerusform>%n consecutive 5xx</numerusform>
            <numerusform>%n consecutive 5xx</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive gateway errors</source>
        <translation>
            <numerusform>%n consecutive gateway error</numerusform>
            <numerusform>%n consecutive gateway errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outlier detection found %1 failing at %2 but did not eject it (%n time(s) refused in all): maxEjectionPercent %3 lets at most %4 of the cluster&apos;s %5 endpoints out at once, and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy Gateway&apos;s failover guide does) or add an active health check.</source>
        <translation>
            <numerusform>Outlier detection found %1 failing at %2 but did not eject it (%n time refused in all): maxEjectionPercent %3 lets at most %4 of the cluster&apos;s %5 endpoints out at once, and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy Gateway&apos;s failover guide does) or add an active health check.</numerusform>
            <numerusform>Outlier detection found %1 failing at %2 but did not eject it (%n times refused in all): maxEjectionPercent %3 lets at most %4 of the cluster&apos;s %5 endpoints out at once, and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy Gateway&apos;s failover guide does) or add an active health check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::SimulationPanel</name>
    <message numerus="yes">
        <source>Live checks stopped after %n round(s); the endpoints keep their last health.</source>
        <translation>
            <numerusform>Live checks stopped after %n round; the endpoints keep their last health.</numerusform>
            <numerusform>Live checks stopped after %n rounds; the endpoints keep their last health.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) not checked (not HOST:PORT)</source>
        <translation>
            <numerusform>%n endpoint not checked (not HOST:PORT)</numerusform>
            <numerusform>%n endpoints not checked (not HOST:PORT)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) over %2</source>
        <translation>
            <numerusform>%1: %n event over %2</numerusform>
            <numerusform>%1: %n events over %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::StructuralValidator</name>
    <message numerus="yes">
        <source>%1 must have at least %n item(s)</source>
        <translation>
            <numerusform>%1 must have at least %n item</numerusform>
            <numerusform>%1 must have at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n item(s), it has %2</source>
        <translation>
            <numerusform>%1 must have at most %n item, it has %2</numerusform>
            <numerusform>%1 must have at most %n items, it has %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n entries</source>
        <translation>
            <numerusform>%1 must have at least %n entry</numerusform>
            <numerusform>%1 must have at least %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n entries</source>
        <translation>
            <numerusform>%1 must have at most %n entry</numerusform>
            <numerusform>%1 must have at most %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n characters long</source>
        <translation>
            <numerusform>%1 must be at least %n character long</numerusform>
            <numerusform>%1 must be at least %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long</source>
        <translation>
            <numerusform>%1 must be at most %n character long</numerusform>
            <numerusform>%1 must be at most %n characters long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::StructuredEditor</name>
    <message numerus="yes">
        <source>%1: there is no item [%2]; the list has %n item(s)</source>
        <translation>
            <numerusform>%1: there is no item [%2]; the list has %n item</numerusform>
            <numerusform>%1: there is no item [%2]; the list has %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::WorkspaceModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
