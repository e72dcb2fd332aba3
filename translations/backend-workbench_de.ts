<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FailoverChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>failover starts</source>
        <translation>Failover beginnt</translation>
    </message>
    <message>
        <source>failover ends</source>
        <translation>Failover endet</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>Keine Messpunkte</translation>
    </message>
</context>
<context>
    <name>TopologyCanvas</name>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source> · standby</source>
        <translation> · Standby</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>Hier nicht ablegbar: %1</translation>
    </message>
</context>
<context>
    <name>bw::AddressRange</name>
    <message>
        <source>a loopback address: the gateway would connect to itself</source>
        <translation>eine Loopback-Adresse: das Gateway würde sich mit sich selbst verbinden</translation>
    </message>
    <message>
        <source>a private (RFC 1918) address, inside the cluster&apos;s or the company&apos;s network</source>
        <translation>eine private Adresse (RFC 1918) im Netz des Clusters oder des Unternehmens</translation>
    </message>
    <message>
        <source>a link-local address, reachable only from the node itself</source>
        <translation>eine Link-Local-Adresse, nur vom Node selbst aus erreichbar</translation>
    </message>
    <message>
        <source>the cloud metadata service, which hands out the node&apos;s credentials</source>
        <translation>der Cloud-Metadatendienst, der die Zugangsdaten des Nodes herausgibt</translation>
    </message>
    <message>
        <source>a carrier-grade NAT (100.64.0.0/10) address, often used for cluster-internal networks</source>
        <translation>eine Carrier-Grade-NAT-Adresse (100.64.0.0/10), oft für clusterinterne Netze verwendet</translation>
    </message>
    <message>
        <source>the unspecified address, which connects to the local host</source>
        <translation>die unspezifizierte Adresse, über die eine Verbindung beim lokalen Host landet</translation>
    </message>
    <message>
        <source>an IPv6 unique local address, inside a private network</source>
        <translation>eine IPv6-Unique-Local-Adresse innerhalb eines privaten Netzes</translation>
    </message>
    <message>
        <source>a multicast address, which no TCP connection can use</source>
        <translation>eine Multicast-Adresse, die keine TCP-Verbindung nutzen kann</translation>
    </message>
</context>
<context>
    <name>bw::ApoxyBackendRules</name>
    <message>
        <source>a dynamicProxy Backend needs exactly one endpoint; endpoints cannot be empty</source>
        <translation>ein dynamicProxy-Backend braucht genau einen Endpunkt; endpoints darf nicht leer sein</translation>
    </message>
    <message>
        <source>a dynamicProxy Backend takes only one endpoint, not %1</source>
        <translation>ein dynamicProxy-Backend erlaubt nur einen Endpunkt, nicht %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>endpoint %1 sets both ip and fqdn; they cannot be specified together</source>
        <translation>Endpunkt %1 setzt sowohl ip als auch fqdn; beide dürfen nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address</source>
        <translation>%1 ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>%1 is the unspecified address; Apoxy cannot route to it</source>
        <translation>%1 ist die unspezifizierte Adresse; Apoxy kann nicht dorthin routen</translation>
    </message>
    <message>
        <source>%1 is not a fully qualified domain name; it needs at least two labels</source>
        <translation>%1 ist kein vollqualifizierter Domainname; er braucht mindestens zwei Labels</translation>
    </message>
</context>
<context>
    <name>bw::BackendTlsPolicyRules</name>
    <message>
        <source>validation must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation>validation darf nicht sowohl caCertificateRefs als auch wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <source>validation must set caCertificateRefs or wellKnownCACertificates</source>
        <translation>validation muss caCertificateRefs oder wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <source>a subjectAltName of type Hostname must set hostname and not uri</source>
        <translation>ein subjectAltName vom Typ Hostname muss hostname setzen und nicht uri</translation>
    </message>
    <message>
        <source>a subjectAltName of type URI must set uri and not hostname</source>
        <translation>ein subjectAltName vom Typ URI muss uri setzen und nicht hostname</translation>
    </message>
    <message>
        <source>wellKnownCACertificates &quot;%1&quot; is not supported; Envoy Gateway knows only System</source>
        <translation>wellKnownCACertificates &quot;%1&quot; wird nicht unterstützt; Envoy Gateway kennt nur System</translation>
    </message>
    <message>
        <source>targetRefs name %1 %2 more than once; each must carry its own, distinct sectionName</source>
        <translation>targetRefs nennt %1 %2 mehr als einmal; jeder Eintrag braucht einen eigenen, eindeutigen sectionName</translation>
    </message>
    <message>
        <source>a BackendTLSPolicy can target a Service, an MCS ServiceImport or an Envoy Gateway Backend, not %1 (InvalidKind)</source>
        <translation>eine BackendTLSPolicy kann einen Service, einen MCS-ServiceImport oder ein Backend von Envoy Gateway als Ziel haben, nicht %1 (InvalidKind)</translation>
    </message>
    <message>
        <source>target %1 %2/%3 is not in the workspace; the policy applies to nothing here</source>
        <translation>Ziel %1 %2/%3 ist nicht im Arbeitsbereich; die Richtlinie wirkt hier auf nichts</translation>
    </message>
    <message>
        <source>BackendTLSPolicy %1 already targets %2 %3%4; this policy loses the conflict (Conflicted)</source>
        <translation>BackendTLSPolicy %1 zielt bereits auf %2 %3%4; diese Richtlinie unterliegt im Konflikt (Conflicted)</translation>
    </message>
    <message>
        <source> section %1</source>
        <translation> Abschnitt %1</translation>
    </message>
</context>
<context>
    <name>bw::CertificateRefCheck</name>
    <message>
        <source>Envoy Gateway will reject this: </source>
        <translation>Envoy Gateway wird dies ablehnen: </translation>
    </message>
    <message>
        <source>CA certificate ref must be a ConfigMap or Secret in the core group (group &quot;&quot;), not %1 (InvalidKind)</source>
        <translation>eine CA-Zertifikatsreferenz muss eine ConfigMap oder ein Secret in der Core-Gruppe (group &quot;&quot;) sein, nicht %1 (InvalidKind)</translation>
    </message>
    <message>
        <source>CA certificate %1 is not in the workspace (InvalidCACertificateRef)</source>
        <translation>CA-Zertifikat %1 ist nicht im Arbeitsbereich (InvalidCACertificateRef)</translation>
    </message>
    <message>
        <source>%1 has no &quot;ca.crt&quot; key holding the CA bundle (InvalidCACertificateRef)</source>
        <translation>%1 hat keinen Schlüssel &quot;ca.crt&quot; mit dem CA-Bundle (InvalidCACertificateRef)</translation>
    </message>
</context>
<context>
    <name>bw::CommandLineTool</name>
    <message>
        <source>Try &apos;backend-workbench --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;backend-workbench --help&apos;.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1: cannot read the CRD file: %2</source>
        <translation>%1: die CRD-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--max-file-size takes a size in megabytes, not &quot;%1&quot;</source>
        <translation>--max-file-size erwartet eine Größe in Megabyte, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>export refused: the input has errors (use --force to export it anyway)</source>
        <translation>export abgelehnt: die Eingabe enthält Fehler (mit --force trotzdem exportieren)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>--format must be %1 or %2</source>
        <translation>--format muss %1 oder %2 sein</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation>unbekannte Option &quot;%1&quot; für %2</translation>
    </message>
    <message>
        <source>%1 needs at least one file or folder</source>
        <translation>%1 braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;</source>
        <translation>--timeout erwartet Millisekunden von 1 bis 600000, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 1024, not &quot;%1&quot;</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 1024, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--connect-to: %1</source>
        <translation>--connect-to: %1</translation>
    </message>
    <message>
        <source>No backend endpoints to probe in these files.</source>
        <translation>In diesen Dateien gibt es keine Backend-Endpunkte zum Testen.</translation>
    </message>
    <message>
        <source>TCP connected</source>
        <translation>TCP verbunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate: %1, issued by %2, expires %3 (%n day(s))</source>
        <translation>
            <numerusform>Zertifikat: %1, ausgestellt von %2, gültig bis %3 (%n Tag)</numerusform>
            <numerusform>Zertifikat: %1, ausgestellt von %2, gültig bis %3 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) probed</source>
        <translation>
            <numerusform>%n Endpunkt getestet</numerusform>
            <numerusform>%n Endpunkte getestet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>--duration takes seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--duration erwartet Sekunden von 0 bis 86400, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--live needs --duration S</source>
        <translation>--live braucht --duration S</translation>
    </message>
    <message>
        <source>--duration and --connect-to go with --live</source>
        <translation>--duration und --connect-to gibt es nur zusammen mit --live</translation>
    </message>
    <message>
        <source>--unhealthy and --live do not go together: live mode checks the real endpoints</source>
        <translation>--unhealthy und --live schließen sich aus: der Live-Modus prüft die echten Endpunkte</translation>
    </message>
    <message>
        <source>--scenario goes with neither --live nor --unhealthy: the scenario says what fails</source>
        <translation>--scenario lässt sich weder mit --live noch mit --unhealthy kombinieren: das Szenario legt fest, was ausfällt</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1: das Szenario kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no route %1 with backendRefs in these files</source>
        <translation>keine Route %1 mit backendRefs in diesen Dateien</translation>
    </message>
    <message>
        <source>--unhealthy %1: the endpoint index after # must be a number from 0</source>
        <translation>--unhealthy %1: der Endpunktindex nach # muss eine Zahl ab 0 sein</translation>
    </message>
    <message numerus="yes">
        <source>--unhealthy %1: %2 has %n endpoint(s)</source>
        <translation>
            <numerusform>--unhealthy %1: %2 hat %n Endpunkt</numerusform>
            <numerusform>--unhealthy %1: %2 hat %n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>--unhealthy %1: no route in these files sends traffic to %2</source>
        <translation>--unhealthy %1: keine Route in diesen Dateien sendet Verkehr an %2</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 %2 rule %3</source>
        <translation>%1 %2 Regel %3</translation>
    </message>
    <message>
        <source>priority %1: %2 of %3 hosts healthy, health %4, load %5%%6</source>
        <translation>Priorität %1: %2 von %3 Hosts funktionsfähig, Health %4, Last %5%%6</translation>
    </message>
    <message>
        <source> (panic: all hosts used)</source>
        <translation> (Panic-Modus: alle Hosts werden genutzt)</translation>
    </message>
    <message>
        <source> (fallback)</source>
        <translation> (Fallback)</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (unhealthy)</source>
        <translation> (nicht funktionsfähig)</translation>
    </message>
    <message>
        <source>no healthy upstream: requests get 503</source>
        <translation>kein funktionsfähiger Upstream (no healthy upstream): Anfragen erhalten 503</translation>
    </message>
    <message>
        <source>note: no BackendTrafficPolicy health check applies, so endpoints are never marked unhealthy and the fallback never takes traffic</source>
        <translation>Hinweis: es greift kein Health-Check einer BackendTrafficPolicy, daher werden Endpunkte nie als nicht funktionsfähig markiert und das Fallback erhält nie Verkehr</translation>
    </message>
    <message>
        <source>Scenario %1 on %2 %3 rule %4, %5</source>
        <translation>Szenario %1 auf %2 %3 Regel %4, %5</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>failover starts at %1, ends at %2</source>
        <translation>Failover beginnt bei %1, endet bei %2</translation>
    </message>
    <message>
        <source>(not within the scenario)</source>
        <translation>(nicht innerhalb des Szenarios)</translation>
    </message>
    <message>
        <source>no failover: the fallback never takes requests</source>
        <translation>kein Failover: das Fallback erhält nie Anfragen</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>explain takes one KIND[.FIELD...]</source>
        <translation>explain erwartet genau ein KIND[.FIELD...]</translation>
    </message>
    <message>
        <source>explain needs a kind, e.g. backend-workbench explain Backend.spec.endpoints</source>
        <translation>explain braucht eine Objektart (Kind), z. B. backend-workbench explain Backend.spec.endpoints</translation>
    </message>
    <message>
        <source>explain: no kind &quot;%1&quot;%2 is known; load its CRD with --crd FILE</source>
        <translation>explain: Kind &quot;%1&quot;%2 ist unbekannt; die zugehörige CRD mit --crd FILE laden</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Also known in: %1 (choose with --api-version)</source>
        <translation>Auch bekannt in: %1 (Auswahl mit --api-version)</translation>
    </message>
    <message>
        <source>set needs a file and at least one FIELD=VALUE</source>
        <translation>set braucht eine Datei und mindestens ein FIELD=VALUE</translation>
    </message>
    <message>
        <source>%1 was not changed: fix its syntax errors first</source>
        <translation>%1 wurde nicht geändert: zuerst die Syntaxfehler beheben</translation>
    </message>
    <message>
        <source>--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not &quot;%1&quot;</source>
        <translation>--resource erwartet KIND/NAME oder KIND/NAMESPACE/NAME, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--resource %1 matches more than one object in %2; add the namespace</source>
        <translation>--resource %1 passt auf mehr als ein Objekt in %2; den Namespace ergänzen</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME</source>
        <translation>%1 enthält %2 Objekte; eines mit --resource KIND/[NAMESPACE/]NAME auswählen</translation>
    </message>
    <message>
        <source>%1 has no object %2</source>
        <translation>%1 enthält kein Objekt %2</translation>
    </message>
    <message>
        <source>%1 was not changed</source>
        <translation>%1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>%1 was not changed: the edit would have left it unreadable</source>
        <translation>%1 wurde nicht geändert: die Änderung hätte die Datei unlesbar gemacht</translation>
    </message>
    <message>
        <source>no manifests found in %1</source>
        <translation>keine Manifeste in %1 gefunden</translation>
    </message>
    <message>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run a command instead (backend-workbench --help), or set QT_QPA_PLATFORM=offscreen.</source>
        <translation>keine Anzeige, auf der das Fenster öffnen könnte (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Führen Sie stattdessen einen Befehl aus (backend-workbench --help) oder setzen Sie QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Usage: backend-workbench [PATH...]            open the workbench window
       backend-workbench COMMAND [OPTIONS] ...

Edit, check and ship Kubernetes Gateway API backend configuration.

Commands:
  validate [--format text|json] [--crd FILE]... PATH...
        Check files or folders against the Gateway API, Envoy Gateway and Apoxy rules.
        Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], then a summary.
        Exit 0 when there is no error, 1 when there is one, 2 on usage or unreadable input.
  graph [--format json|dot] PATH...
        Print where traffic goes: gateways, routes, rules, backends, endpoints, policies.
        JSON for scripts, DOT for Graphviz (dot -Tsvg).
  probe [--format text|json] [--timeout MS] [--concurrency N] [--connect-to HOST:PORT:ADDRESS:PORT]...
        [--system-ca FILE] PATH...
        Resolve, connect to and complete the TLS handshake with every backend endpoint, with the
        SNI, trust anchors and ALPN the configuration implies. --connect-to dials ADDRESS:PORT for
        HOST:PORT (as in curl) while SNI and the verified name stay the configured ones.
        --system-ca (or BW_SYSTEM_CA_BUNDLE) replaces the system trust store by a PEM bundle.
        Defaults: --timeout 5000, --concurrency 32.
        Exit 0 when every probe succeeds, 1 when one fails, 2 on usage or unreadable input.
  simulate [--format text|json] [--route NAMESPACE/NAME] [--unhealthy NAMESPACE/NAME[#INDEX]]...
        [--scenario FILE] [--live --duration S [--connect-to HOST:PORT:ADDRESS:PORT]...] PATH...
        Where each route rule&apos;s requests go, by Envoy&apos;s priority arithmetic: primary backends at
        priority 0, fallback Backends at 1, overprovisioning 1.4, the policy&apos;s panic threshold.
        --unhealthy marks one endpoint of a backend (or all of them without #INDEX) unhealthy.
        --scenario plays a timeline of endpoint failures through the route&apos;s health checks.
        --live runs the route&apos;s health checks against the real endpoints for S seconds instead.
        Exit 0, or 1 when some requests would fail (no healthy upstream, a missing backend, panic
        routing to unhealthy hosts).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Describe a kind or field: type, constraints and the fields below it.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force;
        never writes a file that does not parse (it names the files it left out, and exits 1).
  set FILE [--resource KIND/[NAMESPACE/]NAME] [--force] FIELD=VALUE... [FIELD[+]=VALUE...] [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.
        FIELD[+]=VALUE appends an item to a list (spec.endpoints[+].fqdn.hostname=a.example.com).
        The file is checked first: a change that adds errors or unknown fields is refused
        (exit 1, nothing written) unless --force.

Options for every command:
  --crd FILE           also check objects against the CustomResourceDefinitions in FILE
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: backend-workbench %1</source>
        <translation>Aufruf: backend-workbench %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor a file or folder to open</source>
        <translation>„%1“ ist weder ein Befehl noch eine Datei oder ein Ordner zum Öffnen</translation>
    </message>
    <message>
        <source>%1 left out: it does not parse (--force does not write such a file)</source>
        <translation>%1 ausgelassen: die Datei lässt sich nicht parsen (--force schreibt eine solche Datei nicht)</translation>
    </message>
    <message>
        <source>export wrote nothing: no file of the input parses</source>
        <translation>Export hat nichts geschrieben: keine Eingabedatei lässt sich parsen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must follow [+] with .FIELD or =</source>
        <translation>„%1“: auf [+] muss .FELD oder = folgen</translation>
    </message>
    <message>
        <source>after [+] only field names can follow, not [%1]</source>
        <translation>nach [+] können nur Feldnamen folgen, nicht [%1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE, FIELD[+]=VALUE or FIELD-</source>
        <translation>„%1“ ist nicht FELD=WERT, FELD[+]=WERT oder FELD-</translation>
    </message>
    <message>
        <source>append one with %1[+]=VALUE</source>
        <translation>hängen Sie eines mit %1[+]=WERT an</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not changed: the change adds %n problem(s) (--force writes it anyway)</source>
        <translation>
            <numerusform>%1 wurde nicht geändert: die Änderung fügt %n Problem hinzu (--force schreibt sie trotzdem)</numerusform>
            <numerusform>%1 wurde nicht geändert: die Änderung fügt %n Probleme hinzu (--force schreibt sie trotzdem)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of requests fail: sent to unhealthy hosts (panic) or to a missing backend</source>
        <translation>%1 der Anfragen schlagen fehl: an ungesunde Hosts (Panik) oder an ein fehlendes Backend gesendet</translation>
    </message>
    <message>
        <source>%1 in %2: %3, %4</source>
        <translation>%1 in %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ConnectToRule</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:ADDRESS:PORT</source>
        <translation>„%1“ hat nicht die Form HOST:PORT:ADDRESS:PORT</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a port must be a number from 1 to 65535</source>
        <translation>„%1“: ein Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no address to connect to</source>
        <translation>„%1“ nennt keine Adresse, zu der verbunden werden soll</translation>
    </message>
</context>
<context>
    <name>bw::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>bw::DiskChangeBar</name>
    <message>
        <source>Reload from Disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Discard the unsaved edits of these files and show what is on disk</source>
        <translation>Die ungespeicherten Änderungen dieser Dateien verwerfen und zeigen, was auf der Festplatte steht</translation>
    </message>
    <message>
        <source>Keep My Edits</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <source>Keep the text shown here; saving asks before it overwrites the other change</source>
        <translation>Den hier gezeigten Text behalten; beim Speichern wird gefragt, bevor die andere Änderung überschrieben wird</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk while you have unsaved edits in them: %1</source>
        <translation>
            <numerusform>%n Datei wurde auf der Festplatte geändert, während sie hier ungespeicherte Änderungen hat: %1</numerusform>
            <numerusform>%n Dateien wurden auf der Festplatte geändert, während sie hier ungespeicherte Änderungen haben: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::DiskWatcher</name>
    <message numerus="yes">
        <source>Reloaded %n file(s) changed on disk</source>
        <translation>
            <numerusform>%n auf der Festplatte geänderte Datei neu geladen</numerusform>
            <numerusform>%n auf der Festplatte geänderte Dateien neu geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opened %n new file(s)</source>
        <translation>
            <numerusform>%n neue Datei geöffnet</numerusform>
            <numerusform>%n neue Dateien geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed %n file(s) deleted on disk</source>
        <translation>
            <numerusform>%n auf der Festplatte gelöschte Datei geschlossen</numerusform>
            <numerusform>%n auf der Festplatte gelöschte Dateien geschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, over the %3 MB limit for one file; it was not opened (raise the limit with --max-file-size if it really is a manifest)</source>
        <translation>%1: die Datei ist %2 MB groß und überschreitet die Grenze von %3 MB pro Datei; sie wurde nicht geöffnet (die Grenze mit --max-file-size anheben, falls es wirklich ein Manifest ist)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: the file grew past the %2 MB limit while it was read; it was not opened</source>
        <translation>%1: die Datei ist während des Lesens über die Grenze von %2 MB gewachsen; sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); manifests must be UTF-8, so this file was not read further</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); Manifeste müssen UTF-8 sein, daher wurde diese Datei nicht weiter gelesen</translation>
    </message>
    <message>
        <source>%1: cannot read the file before saving: %2</source>
        <translation>%1: die Datei kann vor dem Speichern nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file changed on disk since it was opened; nothing was written. Reload it to see the other change, or save again choosing to overwrite it</source>
        <translation>%1: die Datei wurde seit dem Öffnen auf der Festplatte geändert; es wurde nichts geschrieben. Die Datei neu laden, um die andere Änderung zu sehen, oder erneut speichern und sie dabei überschreiben</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>bw::EndpointProbe</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>Unix-Socket</translation>
    </message>
    <message>
        <source>port %1 cannot be connected to</source>
        <translation>mit Port %1 ist keine Verbindung möglich</translation>
    </message>
    <message>
        <source>set a port from 1 to 65535 on the endpoint</source>
        <translation>am Endpunkt einen Port von 1 bis 65535 setzen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>the name %1 does not resolve: %2</source>
        <translation>der Name %1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>check the spelling and that the name exists in the DNS the gateway uses (it resolves the name from the cluster, not from this machine)</source>
        <translation>die Schreibweise prüfen und ob der Name in dem DNS existiert, das das Gateway verwendet (es löst den Namen aus dem Cluster heraus auf, nicht von diesem Rechner aus)</translation>
    </message>
    <message>
        <source>%1 resolves to %2, %3: whoever controls this DNS name can point the gateway inside the network (DNS rebinding, CVE-2021-25740)</source>
        <translation>%1 wird zu %2 aufgelöst, %3: wer diesen DNS-Namen kontrolliert, kann das Gateway ins interne Netz lenken (DNS-Rebinding, CVE-2021-25740)</translation>
    </message>
    <message>
        <source>TLS over a Unix socket is not probed; only the connection was tried</source>
        <translation>TLS über einen Unix-Socket wird nicht getestet; nur der Verbindungsaufbau wurde versucht</translation>
    </message>
    <message>
        <source>the Unix socket %1 did not accept in time</source>
        <translation>der Unix-Socket %1 hat die Verbindung nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>check that the process behind the socket is running and not overloaded</source>
        <translation>prüfen, ob der Prozess hinter dem Socket läuft und nicht überlastet ist</translation>
    </message>
    <message>
        <source>cannot connect to the Unix socket %1: %2</source>
        <translation>keine Verbindung zum Unix-Socket %1 möglich: %2</translation>
    </message>
    <message>
        <source>check the path, that the process listening on it runs, and that the gateway may open it</source>
        <translation>den Pfad prüfen, ob der Prozess läuft, der darauf lauscht, und ob das Gateway den Socket öffnen darf</translation>
    </message>
    <message>
        <source>the server presents a self-signed certificate (%1) that %2 does not contain</source>
        <translation>der Server präsentiert ein selbstsigniertes Zertifikat (%1), das %2 nicht enthält</translation>
    </message>
    <message>
        <source>give the server a certificate issued by a CA that %1 holds, or add this certificate to it if you run the server</source>
        <translation>dem Server ein Zertifikat einer CA geben, die %1 enthält, oder – wenn Sie den Server selbst betreiben – dieses Zertifikat dort hinzufügen</translation>
    </message>
    <message>
        <source>%1 did not sign this certificate; its issuer is %2</source>
        <translation>%1 hat dieses Zertifikat nicht signiert; sein Aussteller ist %2</translation>
    </message>
    <message>
        <source>put the CA that issued the server&apos;s certificate (%1) into %2, or reference the CA that does</source>
        <translation>dafür sorgen, dass %2 die CA enthält, die das Zertifikat des Servers ausgestellt hat (%1), oder stattdessen die ausstellende CA referenzieren</translation>
    </message>
    <message numerus="yes">
        <source>the certificate %1 expired on %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>das Zertifikat %1 ist am %2 abgelaufen (vor %n Tag)</numerusform>
            <numerusform>das Zertifikat %1 ist am %2 abgelaufen (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>renew the server&apos;s certificate</source>
        <translation>das Zertifikat des Servers erneuern</translation>
    </message>
    <message>
        <source>the certificate %1 is valid only from %2</source>
        <translation>das Zertifikat %1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <source>check the server&apos;s certificate dates and the clocks of the server and the gateway</source>
        <translation>die Gültigkeitsdaten des Server-Zertifikats sowie die Uhren von Server und Gateway prüfen</translation>
    </message>
    <message>
        <source>the certificate names no host in subjectAltNames (Envoy ignores the subject CN %1), so it does not match %2</source>
        <translation>das Zertifikat nennt keinen Host in subjectAltNames (Envoy ignoriert den CN %1 im Subject), daher passt es nicht zu %2</translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation>das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>set the SNI / validation hostname to a name the certificate carries, or reissue the certificate for %1</source>
        <translation>SNI bzw. Validierungs-Hostname auf einen Namen setzen, den das Zertifikat enthält, oder das Zertifikat für %1 neu ausstellen</translation>
    </message>
    <message>
        <source>the certificate does not match %1</source>
        <translation>das Zertifikat passt nicht zu %1</translation>
    </message>
    <message>
        <source>insecureSkipVerify is set, so the gateway accepts this server although verification would fail (%1: %2)</source>
        <translation>insecureSkipVerify ist gesetzt, daher akzeptiert das Gateway diesen Server, obwohl die Prüfung fehlschlagen würde (%1: %2)</translation>
    </message>
    <message>
        <source>insecureSkipVerify is set: the certificate would verify, so the setting can be removed</source>
        <translation>insecureSkipVerify ist gesetzt: das Zertifikat würde die Prüfung bestehen, die Einstellung kann also entfernt werden</translation>
    </message>
    <message>
        <source>the configuration needs ALPN %1, but the server negotiated no application protocol</source>
        <translation>die Konfiguration verlangt ALPN %1, aber der Server hat kein Anwendungsprotokoll ausgehandelt</translation>
    </message>
    <message>
        <source>the configuration needs ALPN %1, but the server chose %2</source>
        <translation>die Konfiguration verlangt ALPN %1, aber der Server hat %2 gewählt</translation>
    </message>
    <message>
        <source>enable %1 on the server, or drop it from the backend&apos;s protocols</source>
        <translation>%1 auf dem Server aktivieren oder aus den Protokollen des Backends entfernen</translation>
    </message>
    <message>
        <source>the server does not speak TLS %1 or newer, the minimum the configuration allows (%2)</source>
        <translation>der Server unterstützt kein TLS %1 oder neuer, das von der Konfiguration zugelassene Minimum (%2)</translation>
    </message>
    <message>
        <source>enable TLS %1 on the server, or lower tls.minVersion</source>
        <translation>TLS %1 auf dem Server aktivieren oder tls.minVersion senken</translation>
    </message>
    <message>
        <source>the server refused every offered ALPN protocol (%1)</source>
        <translation>der Server hat jedes angebotene ALPN-Protokoll abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server aborted the handshake (%1)</source>
        <translation>der Server hat den Handshake abgebrochen (%1)</translation>
    </message>
    <message>
        <source>the server may want a client certificate (tls.clientCertificateRef) or ciphers the configuration does not offer</source>
        <translation>der Server verlangt möglicherweise ein Client-Zertifikat (tls.clientCertificateRef) oder Cipher-Suites, die die Konfiguration nicht anbietet</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>check that this port speaks TLS, not plain HTTP, and that the server accepts the SNI %1</source>
        <translation>prüfen, ob dieser Port TLS spricht und nicht reines HTTP, und ob der Server die SNI %1 akzeptiert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>nothing listens on %1: the connection was refused</source>
        <translation>auf %1 lauscht nichts: die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>check the port, and that the service is running on that address</source>
        <translation>den Port prüfen und ob der Dienst unter dieser Adresse läuft</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>check that the address is reachable from the gateway&apos;s network</source>
        <translation>prüfen, ob die Adresse aus dem Netz des Gateways erreichbar ist</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>the DNS lookup of %1 did not answer within %2</source>
        <translation>die DNS-Abfrage für %1 wurde nicht innerhalb von %2 beantwortet</translation>
    </message>
    <message>
        <source>check the resolver, or raise the probe timeout</source>
        <translation>den Resolver prüfen oder den Timeout des Verbindungstests erhöhen</translation>
    </message>
    <message>
        <source>%1 did not answer the connection within %2</source>
        <translation>%1 hat auf den Verbindungsaufbau nicht innerhalb von %2 geantwortet</translation>
    </message>
    <message>
        <source>a firewall drops the packets, or the host is down; check security groups and network policies between the gateway and the endpoint</source>
        <translation>eine Firewall verwirft die Pakete oder der Host ist ausgefallen; Security Groups und Network Policies zwischen Gateway und Endpunkt prüfen</translation>
    </message>
    <message>
        <source>connected to %1, but the TLS handshake did not finish within %2</source>
        <translation>mit %1 verbunden, aber der TLS-Handshake wurde nicht innerhalb von %2 abgeschlossen</translation>
    </message>
    <message>
        <source>check that this port speaks TLS; a plain-text server waits for a request and never answers the handshake</source>
        <translation>prüfen, ob dieser Port TLS spricht; ein Klartext-Server wartet auf eine Anfrage und beantwortet den Handshake nie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bw::EnvoyBackendRules</name>
    <message>
        <source>Envoy Gateway will reject this Backend: </source>
        <translation>Envoy Gateway wird dieses Backend ablehnen: </translation>
    </message>
    <message>
        <source>hostname %1 is an IP address; use an ip endpoint</source>
        <translation>Hostname %1 ist eine IP-Adresse; einen ip-Endpunkt verwenden</translation>
    </message>
    <message>
        <source>hostname %1 should be a domain with at least two segments separated by dots</source>
        <translation>Hostname %1 sollte eine Domain mit mindestens zwei durch Punkte getrennten Segmenten sein</translation>
    </message>
    <message>
        <source>a DynamicResolver Backend cannot have endpoints; it resolves the request&apos;s host itself</source>
        <translation>ein DynamicResolver-Backend kann keine Endpunkte haben; es löst den Host der Anfrage selbst auf</translation>
    </message>
    <message>
        <source>a DynamicResolver Backend cannot use autoSNIFromEndpointHostname</source>
        <translation>ein DynamicResolver-Backend kann autoSNIFromEndpointHostname nicht verwenden</translation>
    </message>
    <message>
        <source>endpoint %1 must set one of fqdn, ip or unix</source>
        <translation>Endpunkt %1 muss eines von fqdn, ip oder unix setzen</translation>
    </message>
    <message>
        <source>endpoint %1 sets more than one of fqdn, ip and unix; only one is allowed</source>
        <translation>Endpunkt %1 setzt mehr als eines von fqdn, ip und unix; nur eines ist erlaubt</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address</source>
        <translation>%1 ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>IP address %1 is in the %2 range, which Envoy Gateway on Kubernetes does not allow as a backend</source>
        <translation>IP-Adresse %1 gehört zum Bereich %2, den Envoy Gateway unter Kubernetes nicht als Backend zulässt</translation>
    </message>
    <message>
        <source>unix domain socket path must not exceed 108 characters (it has %1)</source>
        <translation>der Pfad eines Unix-Domain-Sockets darf höchstens 108 Zeichen lang sein (er hat %1)</translation>
    </message>
    <message>
        <source>autoSNIFromEndpointHostname is on, so IP and unix endpoints must set hostname</source>
        <translation>autoSNIFromEndpointHostname ist aktiv, daher müssen IP- und Unix-Endpunkte hostname setzen</translation>
    </message>
    <message>
        <source>fqdn endpoints cannot be mixed with ip or unix endpoints in one Backend</source>
        <translation>fqdn-Endpunkte können in einem Backend nicht mit ip- oder unix-Endpunkten gemischt werden</translation>
    </message>
    <message>
        <source>tls must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation>tls darf nicht sowohl caCertificateRefs als auch wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <source>tls must not set caCertificateRefs or wellKnownCACertificates when insecureSkipVerify is true</source>
        <translation>tls darf caCertificateRefs oder wellKnownCACertificates nicht setzen, wenn insecureSkipVerify true ist</translation>
    </message>
    <message>
        <source>tls.sni and tls.autoSNIFromEndpointHostname are mutually exclusive</source>
        <translation>tls.sni und tls.autoSNIFromEndpointHostname schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>ciphers have no effect when minVersion is 1.3; remove them or lower minVersion</source>
        <translation>ciphers haben keine Wirkung, wenn minVersion 1.3 ist; entfernen oder minVersion senken</translation>
    </message>
    <message>
        <source>maxVersion %1 is below the default minVersion 1.2; set minVersion too</source>
        <translation>maxVersion %1 liegt unter der Standard-minVersion 1.2; auch minVersion setzen</translation>
    </message>
    <message>
        <source>minVersion %1 must not be greater than maxVersion %2</source>
        <translation>minVersion %1 darf nicht größer als maxVersion %2 sein</translation>
    </message>
    <message>
        <source>insecureSkipVerify turns off verification of the backend&apos;s certificate: anyone on the path can impersonate it; give a CA instead</source>
        <translation>insecureSkipVerify schaltet die Prüfung des Backend-Zertifikats ab: jeder auf dem Übertragungsweg kann sich als das Backend ausgeben; stattdessen eine CA angeben</translation>
    </message>
    <message>
        <source>tls must name caCertificateRefs or wellKnownCACertificates (or a BackendTLSPolicy with a CA must target this Backend) unless insecureSkipVerify is true</source>
        <translation>tls muss caCertificateRefs oder wellKnownCACertificates nennen (oder eine BackendTLSPolicy mit CA muss dieses Backend als Ziel haben), sofern insecureSkipVerify nicht true ist</translation>
    </message>
    <message>
        <source>clientCertificateRef Secret must be in the Backend&apos;s namespace %1, not %2</source>
        <translation>das clientCertificateRef-Secret muss im Namespace %1 des Backends liegen, nicht in %2</translation>
    </message>
    <message>
        <source>BackendTLSPolicy %1/%2 applies to this Backend%3; where both set a value (SNI, CA, verified name) the policy wins</source>
        <translation>BackendTLSPolicy %1/%2 gilt für dieses Backend%3; wo beide einen Wert setzen (SNI, CA, geprüfter Name), hat die Richtlinie Vorrang</translation>
    </message>
    <message>
        <source> on port %1</source>
        <translation> an Port %1</translation>
    </message>
    <message>
        <source>port 0 is accepted, but no connection can be made to it; set the port the endpoint listens on</source>
        <translation>Port 0 wird angenommen, aber keine Verbindung kann zu ihm aufgebaut werden; setzen Sie den Port, auf dem der Endpunkt lauscht</translation>
    </message>
</context>
<context>
    <name>bw::FailoverModel</name>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>P%1 load %2 (%3 of %4 healthy)</source>
        <translation>P%1 Last %2 (%3 von %4 funktionsfähig)</translation>
    </message>
    <message>
        <source>, in panic: all its hosts used</source>
        <translation>, im Panic-Modus: alle ihre Hosts werden genutzt</translation>
    </message>
    <message>
        <source>availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>total panic: loads follow host counts, unhealthy hosts get requests too</source>
        <translation>vollständiger Panic-Modus: die Lasten folgen der Anzahl der Hosts, auch nicht funktionsfähige Hosts erhalten Anfragen</translation>
    </message>
    <message>
        <source>no healthy upstream: requests get 503</source>
        <translation>kein funktionsfähiger Upstream (no healthy upstream): Anfragen erhalten 503</translation>
    </message>
    <message>
        <source>%1 of requests fail (missing backend)</source>
        <translation>%1 der Anfragen schlagen fehl (fehlendes Backend)</translation>
    </message>
    <message>
        <source>No health check configured: failover never triggers (no BackendTrafficPolicy with a healthCheck applies to %1).</source>
        <translation>Kein Health-Check konfiguriert: Failover wird nie ausgelöst (für %1 greift keine BackendTrafficPolicy mit healthCheck).</translation>
    </message>
    <message>
        <source>No health check configured in %1: failover never triggers.</source>
        <translation>Kein Health-Check in %1 konfiguriert: Failover wird nie ausgelöst.</translation>
    </message>
    <message>
        <source>Only passive health checks, which eject at most %1 of the hosts: failover hardly ever triggers.</source>
        <translation>Nur passive Health-Checks, die höchstens %1 der Hosts ausschließen: Failover wird so gut wie nie ausgelöst.</translation>
    </message>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>keine Endpunkte</translation>
    </message>
    <message>
        <source>%1 of %2 healthy, panic</source>
        <translation>%1 von %2 funktionsfähig, Panic-Modus</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%1 von %2 funktionsfähig</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Not in the workspace: its share of the requests fails</source>
        <translation>Nicht im Arbeitsbereich: sein Anteil an den Anfragen schlägt fehl</translation>
    </message>
    <message>
        <source>Too few healthy hosts at priority %1: its share goes to all of its hosts, healthy or not</source>
        <translation>Zu wenige funktionsfähige Hosts mit Priorität %1: ihr Anteil geht an alle ihre Hosts, ob funktionsfähig oder nicht</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>funktionsfähig</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht funktionsfähig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>health: last check</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check or uncheck to mark this endpoint healthy or unhealthy</source>
        <translation>Häkchen setzen oder entfernen, um diesen Endpunkt als funktionsfähig oder nicht funktionsfähig zu markieren</translation>
    </message>
    <message>
        <source>Live health checks decide whether this endpoint is healthy</source>
        <translation>Live-Health-Checks entscheiden, ob dieser Endpunkt funktionsfähig ist</translation>
    </message>
    <message>
        <source>Backend / endpoint</source>
        <translation>Backend / Endpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>bw::FailoverScenario</name>
    <message>
        <source>expected a single value</source>
        <translation>einzelner Wert erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (like 10s, 1m30s or 500ms)</source>
        <translation>&apos;%1&apos; ist keine Dauer (etwa 10s, 1m30s oder 500ms)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be at most 24h</source>
        <translation>darf höchstens 24h betragen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; ist weder true noch false</translation>
    </message>
    <message>
        <source>unknown field; known are %1</source>
        <translation>unbekanntes Feld; bekannt sind %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; after # is not an endpoint index (0, 1, ...)</source>
        <translation>&apos;%1&apos; nach # ist kein Endpunktindex (0, 1, ...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAMESPACE/NAME or NAME, optionally followed by #INDEX</source>
        <translation>&apos;%1&apos; ist weder NAMESPACE/NAME noch NAME, jeweils optional gefolgt von #INDEX</translation>
    </message>
    <message>
        <source>events[%1] (line %2)</source>
        <translation>events[%1] (Zeile %2)</translation>
    </message>
    <message>
        <source>a scenario file holds one YAML document</source>
        <translation>eine Szenariodatei enthält genau ein YAML-Dokument</translation>
    </message>
    <message>
        <source>the scenario is empty</source>
        <translation>das Szenario ist leer</translation>
    </message>
    <message>
        <source>a scenario is a mapping with duration, step, requestRate and events</source>
        <translation>ein Szenario ist ein Mapping mit duration, step, requestRate und events</translation>
    </message>
    <message>
        <source>must be longer than 0s</source>
        <translation>muss länger als 0s sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 betragen</translation>
    </message>
    <message>
        <source>gives more than %1 samples over %2; take a longer step</source>
        <translation>ergibt mehr als %1 Messpunkte über %2; einen größeren step wählen</translation>
    </message>
    <message>
        <source>%1 requests over %2 are more than the %3 the simulation follows; a few per second are enough for passive health checks</source>
        <translation>%1 Anfragen über %2 sind mehr als die %3, die die Simulation verfolgt; für passive Health-Checks genügen wenige pro Sekunde</translation>
    </message>
    <message>
        <source>expected a list of events</source>
        <translation>Liste von Ereignissen erwartet</translation>
    </message>
    <message>
        <source>expected a mapping with at, endpoint and event</source>
        <translation>Mapping mit at, endpoint und event erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 is after the end of the scenario (duration %2)</source>
        <translation>%1 liegt nach dem Ende des Szenarios (duration %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of down, up, errors, latency</source>
        <translation>&apos;%1&apos; ist keiner der Werte down, up, errors, latency</translation>
    </message>
    <message>
        <source>only applies to %1 events</source>
        <translation>gilt nur für Ereignisse vom Typ %1</translation>
    </message>
    <message>
        <source>a latency event needs &apos;latency&apos; (like 2s)</source>
        <translation>ein latency-Ereignis braucht &apos;latency&apos; (etwa 2s)</translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation>%1 Regel %2</translation>
    </message>
    <message>
        <source>no route rule has every backend the scenario&apos;s events name%1</source>
        <translation>keine Routenregel enthält alle Backends, die die Ereignisse des Szenarios nennen%1</translation>
    </message>
    <message>
        <source> (looking at route %1)</source>
        <translation> (gesucht in Route %1)</translation>
    </message>
    <message>
        <source>several route rules fit the scenario (%1); name one with &apos;route:&apos; and &apos;rule:&apos;</source>
        <translation>mehrere Routenregeln passen zum Szenario (%1); eine mit &apos;route:&apos; und &apos;rule:&apos; angeben</translation>
    </message>
</context>
<context>
    <name>bw::FieldPath</name>
    <message>
        <source>invalid field path &quot;%1&quot;: %2</source>
        <translation>ungültiger Feldpfad &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>unterminated quoted key</source>
        <translation>nicht abgeschlossener Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>an index must be a number in brackets</source>
        <translation>ein Index muss eine Zahl in eckigen Klammern sein</translation>
    </message>
    <message>
        <source>index out of range</source>
        <translation>Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>leerer Schlüssel</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>er endet mit einem Punkt</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos; at position %1</source>
        <translation>&apos;.&apos; oder &apos;[&apos; an Position %1 erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;]&apos;</source>
        <translation>unerwartetes &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>bw::FindReplaceDialog</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Find in this file:</source>
        <translation>In dieser Datei suchen:</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
</context>
<context>
    <name>bw::FormView</name>
    <message>
        <source>This object is no longer in the workspace.</source>
        <translation>Dieses Objekt ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No schema is known for %1 (%2): edit it in the YAML view, or load its CRD.</source>
        <translation>Für %1 (%2) ist kein Schema bekannt: in der YAML-Ansicht bearbeiten oder die zugehörige CRD laden.</translation>
    </message>
    <message>
        <source>Probe this backend</source>
        <translation>Dieses Backend testen</translation>
    </message>
    <message>
        <source>Connect to each endpoint of this backend as the gateway would (DNS, TCP, TLS with the configured trust) and list what fails in the Probes dock</source>
        <translation>Jeden Endpunkt dieses Backends so ansprechen, wie es das Gateway täte (DNS, TCP, TLS mit den konfigurierten CAs), und im Dock „Verbindungstests“ auflisten, was fehlschlägt</translation>
    </message>
    <message>
        <source>Not a field of this kind: kept as written. Edit it in the YAML view.</source>
        <translation>Kein Feld dieser Objektart: bleibt wie geschrieben erhalten. In der YAML-Ansicht bearbeiten.</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>new key, then Enter</source>
        <translation>neuer Schlüssel, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add %1 item</source>
        <translation>%1-Element hinzufügen</translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation>Element zu %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>up to %n characters</source>
        <translation>
            <numerusform>bis zu %n Zeichen</numerusform>
            <numerusform>bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Move %1 item %2</source>
        <translation>Element %2 von %1 verschieben</translation>
    </message>
</context>
<context>
    <name>bw::HealthCheckPolicy</name>
    <message>
        <source>not a duration</source>
        <translation>keine Dauer</translation>
    </message>
    <message>
        <source>not a number from %1 to %2</source>
        <translation>keine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 ist kein HTTP-Status</translation>
    </message>
</context>
<context>
    <name>bw::HealthCheckProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the response has no status line</source>
        <translation>die Antwort hat keine Statuszeile</translation>
    </message>
    <message>
        <source>not an HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP status %1, expected %2</source>
        <translation>HTTP-Status %1, erwartet: %2</translation>
    </message>
</context>
<context>
    <name>bw::MainWindow</name>
    <message>
        <source>Backend Workbench</source>
        <translation>Backend Workbench</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>YAML manifests (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Manifeste (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in %1 file(s)</source>
        <translation>
            <numerusform>%n Objekt in %1 Datei(en)</numerusform>
            <numerusform>%n Objekte in %1 Datei(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Filter by name, kind or namespace</source>
        <translation>Nach Name, Objektart oder Namespace filtern</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Apply quick fix</source>
        <translation>Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export Validated YAML…</source>
        <translation>Validiertes YAML &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>&amp;Probe Endpoints</source>
        <translation>Endpunkte &amp;testen</translation>
    </message>
    <message>
        <source>Probe every backend endpoint as the gateway would reach it (DNS, TCP, TLS with the configured trust) and show what fails (F8)</source>
        <translation>Jeden Backend-Endpunkt so testen, wie das Gateway ihn erreichen würde (DNS, TCP, TLS mit den konfigurierten CAs), und anzeigen, was fehlschlägt (F8)</translation>
    </message>
    <message>
        <source>Simulate &amp;Failover</source>
        <translation>&amp;Failover simulieren</translation>
    </message>
    <message>
        <source>Show where the selected route&apos;s requests go when endpoints fail: mark endpoints unhealthy, run live health checks or play a scenario (F9)</source>
        <translation>Anzeigen, wohin die Anfragen der ausgewählten Route gehen, wenn Endpunkte ausfallen: Endpunkte als nicht funktionsfähig markieren, Live-Health-Checks ausführen oder ein Szenario abspielen (F9)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n endpoint(s)…</source>
        <translation>
            <numerusform>%n Endpunkt wird getestet…</numerusform>
            <numerusform>%n Endpunkte werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no rule with backendRefs to simulate</source>
        <translation>%1 hat keine Regel mit backendRefs, die sich simulieren ließe</translation>
    </message>
    <message>
        <source>Rule %1 of %2 has no backendRefs to simulate</source>
        <translation>Regel %1 von %2 hat keine backendRefs, die sich simulieren ließen</translation>
    </message>
    <message>
        <source>%1 is no longer in the workspace</source>
        <translation>%1 ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1 and reload it from disk?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen und die Datei neu von der Festplatte laden?</translation>
    </message>
    <message>
        <source>Revert failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n error(s); the API server or Envoy Gateway would refuse it. Export anyway?</source>
        <translation>
            <numerusform>Der Arbeitsbereich enthält %n Fehler; der API-Server oder Envoy Gateway würde ihn ablehnen. Trotzdem exportieren?</numerusform>
            <numerusform>Der Arbeitsbereich enthält %n Fehler; der API-Server oder Envoy Gateway würde ihn ablehnen. Trotzdem exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Validated YAML</source>
        <translation>Validiertes YAML exportieren</translation>
    </message>
    <message>
        <source>YAML manifests (*.yaml *.yml)</source>
        <translation>YAML-Manifeste (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Open Manifests</source>
        <translation>Manifeste öffnen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>„%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n Ersetzung</numerusform>
            <numerusform>%n Ersetzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload failed</source>
        <translation>Neu laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These files have changes that are not saved:
%1

Save them before quitting?</source>
        <translation>Diese Dateien haben ungespeicherte Änderungen:
%1

Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out of the export because they do not parse:</source>
        <translation>
            <numerusform>%n Datei wurde nicht exportiert, weil sie sich nicht parsen lässt:</numerusform>
            <numerusform>%n Dateien wurden nicht exportiert, weil sie sich nicht parsen lassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: no file of the workspace parses.</source>
        <translation>Nichts zu exportieren: keine Datei des Arbeitsbereichs lässt sich parsen.</translation>
    </message>
</context>
<context>
    <name>bw::ManifestRules</name>
    <message>
        <source>this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind and metadata</source>
        <translation>dieses Dokument ist %1, kein Objekt: ein Kubernetes-Manifest ist ein Mapping mit apiVersion, kind und metadata</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>%1 is missing; every Kubernetes object needs it</source>
        <translation>%1 fehlt; jedes Kubernetes-Objekt braucht es</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>metadata must be a mapping</source>
        <translation>metadata muss ein Mapping sein</translation>
    </message>
    <message>
        <source>%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. Load its CRD to have it checked</source>
        <translation>%1 (%2) ist der Workbench als Kind nicht bekannt; das Objekt bleibt genau wie geschrieben erhalten, wird aber nicht geprüft. Die zugehörige CRD laden, um es prüfen zu lassen</translation>
    </message>
    <message>
        <source>the API server will refuse this name: a Service name %1 must be an RFC 1035 label (at most 63 lower-case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit)</source>
        <translation>der API-Server wird diesen Namen ablehnen: ein Service-Name %1 muss ein RFC-1035-Label sein (höchstens 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend mit einem Buchstaben und endend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>the API server will refuse this name: metadata.name %1 must be a lower-case RFC 1123 subdomain (at most 253 lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit)</source>
        <translation>der API-Server wird diesen Namen ablehnen: metadata.name %1 muss eine RFC-1123-Subdomain in Kleinbuchstaben sein (höchstens 253 Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
</context>
<context>
    <name>bw::NameSyntax</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-Local</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspezifiziert</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>shared (CGNAT)</source>
        <translation>gemeinsam genutzt (CGNAT)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>bw::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long one endpoint may take (DNS, connect and TLS handshake together)</source>
        <translation>Wie lange ein Endpunkt dauern darf (DNS, Verbindungsaufbau und TLS-Handshake zusammen)</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <source>Keep unsaved changes for recovery after:</source>
        <translation>Ungespeicherte Änderungen zur Wiederherstellung sichern nach:</translation>
    </message>
    <message>
        <source>Probe timeout per endpoint:</source>
        <translation>Test-Timeout pro Endpunkt:</translation>
    </message>
    <message>
        <source>Endpoints probed at a time:</source>
        <translation>Gleichzeitig getestete Endpunkte:</translation>
    </message>
    <message>
        <source>One rule per line, as curl&apos;s --connect-to: probes and live health checks dial ADDRESS:PORT for HOST:PORT, while SNI and the verified name stay the configured ones</source>
        <translation>Eine Regel pro Zeile, wie bei curls --connect-to: Verbindungstests und Live-Health-Checks wählen für HOST:PORT stattdessen ADDRESS:PORT, SNI und geprüfter Name bleiben die konfigurierten</translation>
    </message>
    <message>
        <source>Connect to (HOST:PORT:ADDRESS:PORT):</source>
        <translation>Verbinden mit (HOST:PORT:ADDRESS:PORT):</translation>
    </message>
</context>
<context>
    <name>bw::ProbeDock</name>
    <message>
        <source>Probes</source>
        <translation>Verbindungstests</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the probes still running; what they found so far stays listed</source>
        <translation>Die noch laufenden Tests abbrechen; die bisherigen Ergebnisse bleiben in der Liste</translation>
    </message>
    <message>
        <source>Probe Again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>Probe the same backends again, with the workspace as it is now</source>
        <translation>Dieselben Backends erneut testen, mit dem aktuellen Stand des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Show Endpoint</source>
        <translation>Endpunkt anzeigen</translation>
    </message>
    <message>
        <source>Probe This Backend Again</source>
        <translation>Dieses Backend erneut testen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>No probes run yet.</source>
        <translation>Noch keine Verbindungstests ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reachable (%n with warnings)</source>
        <translation>
            <numerusform>%1 erreichbar (davon %n mit Warnungen)</numerusform>
            <numerusform>%1 erreichbar (davon %n mit Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reachable</source>
        <translation>%1 erreichbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count, failure category</comment>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Probing: %1 of %n endpoint(s) done</source>
        <translation>
            <numerusform>Test läuft: %1 von %n Endpunkt fertig</numerusform>
            <numerusform>Test läuft: %1 von %n Endpunkten fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ProbeFindings</name>
    <message>
        <source>probe of %1 failed (%2): %3</source>
        <translation>Verbindungstest zu %1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>likely fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <source>probe of %1: %2</source>
        <translation>Verbindungstest zu %1: %2</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>hostname mismatch</source>
        <translation>Hostname passt nicht</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <source>ALPN mismatch</source>
        <translation>ALPN passt nicht</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bw::ProbePlanner</name>
    <message>
        <source>the system store</source>
        <translation>der System-Truststore</translation>
    </message>
    <message>
        <source>the system store holds no certificates</source>
        <translation>der System-Truststore enthält keine Zertifikate</translation>
    </message>
    <message>
        <source>%1 names the CA set %2, which only its implementation knows</source>
        <translation>%1 nennt die CA-Sammlung %2, die nur die jeweilige Implementierung kennt</translation>
    </message>
    <message>
        <source>%1 %2/%3 is not a ConfigMap or Secret</source>
        <translation>%1 %2/%3 ist weder eine ConfigMap noch ein Secret</translation>
    </message>
    <message>
        <source>%1 %2/%3 is not in the workspace</source>
        <translation>%1 %2/%3 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 %2/%3 has no key ca.crt</source>
        <translation>%1 %2/%3 hat keinen Schlüssel ca.crt</translation>
    </message>
    <message>
        <source>ca.crt in %1 %2/%3 holds no certificate</source>
        <translation>ca.crt in %1 %2/%3 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>URI subjectAltNames (%1) are not checked by the probe</source>
        <translation>URI-subjectAltNames (%1) werden beim Verbindungstest nicht geprüft</translation>
    </message>
    <message>
        <source>%1 merged with %2</source>
        <translation>%1, zusammengeführt mit %2</translation>
    </message>
    <message>
        <source>spec.tls.validation names no CA, so nothing can be trusted</source>
        <translation>spec.tls.validation nennt keine CA, daher ist nichts vertrauenswürdig</translation>
    </message>
    <message>
        <source>Backend.spec.protocol %1</source>
        <translation>Backend.spec.protocol %1</translation>
    </message>
    <message>
        <source>no route names a port for this Backend; probing port %1</source>
        <translation>keine Route nennt einen Port für dieses Backend; getestet wird Port %1</translation>
    </message>
</context>
<context>
    <name>bw::ProbeResultsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 handshake completed</source>
        <translation>%1-Handshake abgeschlossen</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message numerus="yes">
        <source>the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>the socket accepted the connection</source>
        <translation>der Socket hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>the port accepted the connection</source>
        <translation>der Port hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>not looked up (%1)</source>
        <translation>nicht aufgelöst (%1)</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>%1 not reached (%2)</source>
        <translation>%1 nicht erreicht (%2)</translation>
    </message>
    <message>
        <source>via --connect-to %1</source>
        <translation>über --connect-to %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>handshake completed</source>
        <translation>Handshake abgeschlossen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no ALPN</source>
        <translation>kein ALPN</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>trusting %1</source>
        <translation>CA-Quelle: %1</translation>
    </message>
    <message>
        <source>verification skipped</source>
        <translation>Prüfung übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Likely fix</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Likely fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>bw::ProbeRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>cancelled while it ran</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
</context>
<context>
    <name>bw::ProbeSession</name>
    <message>
        <source>Nothing to probe: no backend in the workspace has an endpoint.</source>
        <translation>Nichts zu testen: kein Backend im Arbeitsbereich hat einen Endpunkt.</translation>
    </message>
    <message>
        <source>Nothing to probe: the backend has no endpoint the probes can reach.</source>
        <translation>Nichts zu testen: das Backend hat keinen Endpunkt, den die Tests erreichen können.</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryController</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Backend Workbench did not end cleanly last time. Unsaved changes were kept for:
%1

Recover them? (Nothing is written to these files until you save.)</source>
        <translation>Backend Workbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen wurden aufbewahrt für:
%1

Wiederherstellen? (In diese Dateien wird erst beim Speichern geschrieben.)</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryStore</name>
    <message>
        <source>%1: cannot write the recovery file: %2</source>
        <translation>%1: die Wiederherstellungsdatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot read the recovery file: %2</source>
        <translation>%1: die Wiederherstellungsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>%1: the recovered text could not be applied</source>
        <translation>%1: der wiederhergestellte Text konnte nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>bw::ResourceEditor</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
</context>
<context>
    <name>bw::RouteRules</name>
    <message>
        <source>Envoy Gateway will reject this backendRef (ResolvedRefs False, %1): </source>
        <translation>Envoy Gateway wird diese backendRef ablehnen (ResolvedRefs False, %1): </translation>
    </message>
    <message>
        <source>the controller will not resolve this backendRef (ResolvedRefs False, %1): </source>
        <translation>der Controller wird diese backendRef nicht auflösen (ResolvedRefs False, %1): </translation>
    </message>
    <message>
        <source>a RequestRedirect filter cannot be used in a rule that has backendRefs</source>
        <translation>ein RequestRedirect-Filter kann nicht in einer Regel mit backendRefs verwendet werden</translation>
    </message>
    <message>
        <source>every backendRef of rule %1 has weight 0, so the rule sends no traffic: its requests get HTTP 500</source>
        <translation>jede backendRef von Regel %1 hat weight 0, daher sendet die Regel keinen Verkehr: ihre Anfragen erhalten HTTP 500</translation>
    </message>
    <message>
        <source>dynamic resolver is not supported for multiple backendRefs; rule %1 answers HTTP 500</source>
        <translation>ein Dynamic Resolver wird für mehrere backendRefs nicht unterstützt; Regel %1 antwortet mit HTTP 500</translation>
    </message>
    <message>
        <source>a %1 filter must set %2</source>
        <translation>ein %1-Filter muss %2 setzen</translation>
    </message>
    <message>
        <source>a %1 filter must set %2, not %3</source>
        <translation>ein %1-Filter muss %2 setzen, nicht %3</translation>
    </message>
    <message>
        <source>a %1 filter must not set %2</source>
        <translation>ein %1-Filter darf %2 nicht setzen</translation>
    </message>
    <message>
        <source>URLRewrite path modifier is not supported within a backendRef</source>
        <translation>ein URLRewrite-Pfadmodifikator wird innerhalb einer backendRef nicht unterstützt</translation>
    </message>
    <message>
        <source>a %1 filter is not supported within a backendRef</source>
        <translation>ein %1-Filter wird innerhalb einer backendRef nicht unterstützt</translation>
    </message>
    <message>
        <source>only one of percent or fraction may be set in a RequestMirror filter</source>
        <translation>in einem RequestMirror-Filter darf nur percent oder fraction gesetzt sein</translation>
    </message>
    <message>
        <source>fraction numerator %1 must not exceed the denominator %2</source>
        <translation>der Zähler %1 von fraction darf den Nenner %2 nicht überschreiten</translation>
    </message>
    <message>
        <source>RequestMirror backendRef</source>
        <translation>RequestMirror backendRef</translation>
    </message>
    <message>
        <source>backendRef</source>
        <translation>backendRef</translation>
    </message>
    <message>
        <source>group %1 is not supported; only the core group (&quot;&quot;), %2 are</source>
        <translation>Gruppe %1 wird nicht unterstützt; unterstützt werden nur die Core-Gruppe (&quot;&quot;), %2</translation>
    </message>
    <message>
        <source>kind %1 is not supported; only %2 are</source>
        <translation>Kind %1 wird nicht unterstützt; unterstützt werden nur %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3/%4 is not permitted by any ReferenceGrant in namespace %3</source>
        <translation>%1 auf %2 %3/%4 ist durch keinen ReferenceGrant im Namespace %3 erlaubt</translation>
    </message>
    <message>
        <source>%1 to Service %2 must set port (a Service reference needs a port number)</source>
        <translation>%1 auf Service %2 muss port setzen (eine Service-Referenz braucht eine Portnummer)</translation>
    </message>
    <message>
        <source>kind Backend with the core group (&quot;&quot;) is looked up as an Envoy Gateway Backend; write group: gateway.envoyproxy.io</source>
        <translation>kind Backend mit der Core-Gruppe (&quot;&quot;) wird als Backend von Envoy Gateway aufgelöst; group: gateway.envoyproxy.io schreiben</translation>
    </message>
    <message>
        <source>%1 %2/%3 not found in the workspace</source>
        <translation>%1 %2/%3 nicht im Arbeitsbereich gefunden</translation>
    </message>
    <message>
        <source>Service %1/%2 is of type ExternalName, which gateways should not follow (CVE-2021-25740; Envoy Gateway refuses it); use a Backend with an FQDN endpoint instead</source>
        <translation>Service %1/%2 ist vom Typ ExternalName, dem Gateways nicht folgen sollten (CVE-2021-25740; Envoy Gateway lehnt ihn ab); stattdessen ein Backend mit FQDN-Endpunkt verwenden</translation>
    </message>
    <message>
        <source>TCP port %1 not found on Service %2/%3</source>
        <translation>TCP-Port %1 nicht in Service %2/%3 gefunden</translation>
    </message>
    <message>
        <source>Backend %1/%2 has a unix domain socket endpoint, which is not supported behind a route</source>
        <translation>Backend %1/%2 hat einen Unix-Domain-Socket-Endpunkt, was hinter einer Route nicht unterstützt wird</translation>
    </message>
    <message>
        <source>Backend %1/%2 is invalid: %3</source>
        <translation>Backend %1/%2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>every backend of this rule is a fallback Backend; with no primary, the fallback is simply the only backend</source>
        <translation>jedes Backend dieser Regel ist ein Fallback-Backend; ohne primäres Backend ist das Fallback einfach das einzige Backend</translation>
    </message>
    <message>
        <source>this rule has a fallback Backend but no BackendTrafficPolicy gives the route an active health check (or passive checks with maxEjectionPercent 100): primary endpoints are never marked unhealthy, so failover never happens</source>
        <translation>diese Regel hat ein Fallback-Backend, aber keine BackendTrafficPolicy gibt der Route einen aktiven Health-Check (oder passive Checks mit maxEjectionPercent 100): primäre Endpunkte werden nie als nicht funktionsfähig markiert, daher findet nie ein Failover statt</translation>
    </message>
</context>
<context>
    <name>bw::ScenarioRunner</name>
    <message>
        <source>The health check policy has a problem, its default is used: %1</source>
        <translation>Die Health-Check-Konfiguration hat ein Problem, es gilt der Standardwert: %1</translation>
    </message>
    <message>
        <source>%1 is not in the workspace: the simulation has no endpoints for it.</source>
        <translation>%1 ist nicht im Arbeitsbereich: die Simulation hat keine Endpunkte dafür.</translation>
    </message>
    <message>
        <source>No health check applies to %1 rule %2 (no BackendTrafficPolicy with healthCheck.active or healthCheck.passive): Envoy never marks an endpoint unhealthy, so requests keep going to endpoints that are down and the fallback never takes over.</source>
        <translation>Für %1 Regel %2 greift kein Health-Check (keine BackendTrafficPolicy mit healthCheck.active oder healthCheck.passive): Envoy markiert nie einen Endpunkt als nicht funktionsfähig, daher gehen Anfragen weiter an ausgefallene Endpunkte, und das Fallback übernimmt nie.</translation>
    </message>
    <message>
        <source>No health check applies to %1 rule %2 (no BackendTrafficPolicy with healthCheck.active or healthCheck.passive): Envoy never marks an endpoint unhealthy, so requests keep going to endpoints that are down.</source>
        <translation>Für %1 Regel %2 greift kein Health-Check (keine BackendTrafficPolicy mit healthCheck.active oder healthCheck.passive): Envoy markiert nie einen Endpunkt als nicht funktionsfähig, daher gehen Anfragen weiter an ausgefallene Endpunkte.</translation>
    </message>
    <message>
        <source>requestRate is 0: passive health checks see no answers and eject nothing.</source>
        <translation>requestRate ist 0: passive Health-Checks sehen keine Antworten und schließen nichts aus.</translation>
    </message>
    <message>
        <source>The active check interval is %1 ms, shorter than Envoy Gateway would usually be configured with; the run may take a while.</source>
        <translation>Das Intervall des aktiven Checks beträgt %1 ms und ist damit kürzer als bei Envoy Gateway üblich; der Lauf kann eine Weile dauern.</translation>
    </message>
    <message>
        <source>%1: %2 is not a backend of %3 rule %4; the event is ignored.</source>
        <translation>%1: %2 ist kein Backend von %3 Regel %4; das Ereignis wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: several backends of %2 rule %3 are called %4; name the namespace. The event is ignored.</source>
        <translation>%1: mehrere Backends von %2 Regel %3 heißen %4; bitte den Namespace angeben. Das Ereignis wird ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 has %n endpoint(s), so there is no #%3; the event is ignored.</source>
        <translation>
            <numerusform>%1: %2 hat %n Endpunkt, daher gibt es kein #%3; das Ereignis wird ignoriert.</numerusform>
            <numerusform>%1: %2 hat %n Endpunkte, daher gibt es kein #%3; das Ereignis wird ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the active check is TCP, which only connects: it does not see HTTP errors.</source>
        <translation>%1: der aktive Check ist ein TCP-Check, der nur die Verbindung aufbaut: HTTP-Fehler bemerkt er nicht.</translation>
    </message>
    <message>
        <source>%1: slow answers are no errors for passive health checks (below Envoy&apos;s 15 s route timeout); only an active check&apos;s timeout notices them.</source>
        <translation>%1: langsame Antworten sind für passive Health-Checks keine Fehler (solange sie unter Envoys Routen-Timeout von 15 s bleiben); nur der Timeout eines aktiven Checks bemerkt sie.</translation>
    </message>
    <message>
        <source>%1: status %2 is not a 5xx, so outlier detection does not count it.</source>
        <translation>%1: Status %2 ist kein 5xx, daher zählt die Ausreißererkennung (Outlier Detection) ihn nicht.</translation>
    </message>
    <message>
        <source>goes down: connections are refused</source>
        <translation>fällt aus: Verbindungen werden abgelehnt</translation>
    </message>
    <message>
        <source>is back: answers normally</source>
        <translation>ist wieder da: antwortet normal</translation>
    </message>
    <message>
        <source>answers %1 %2 % of the time</source>
        <translation>antwortet in %2 % der Fälle mit %1</translation>
    </message>
    <message>
        <source>stops answering with errors</source>
        <translation>antwortet nicht mehr mit Fehlern</translation>
    </message>
    <message>
        <source>answers after %1</source>
        <translation>antwortet nach %1</translation>
    </message>
    <message>
        <source>answers without delay again</source>
        <translation>antwortet wieder ohne Verzögerung</translation>
    </message>
    <message numerus="yes">
        <source>%n active check(s) passed in a row: healthy again</source>
        <translation>
            <numerusform>%n aktiver Check in Folge bestanden: wieder funktionsfähig</numerusform>
            <numerusform>%n aktive Checks in Folge bestanden: wieder funktionsfähig</numerusform>
        </translation>
    </message>
    <message>
        <source>active check passed: healthy again</source>
        <translation>aktiver Check bestanden: wieder funktionsfähig</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Timeout nach %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>active check %1, not an expected status: unhealthy at once</source>
        <translation>aktiver Check: %1, kein erwarteter Status: sofort nicht funktionsfähig</translation>
    </message>
    <message numerus="yes">
        <source>%n active check(s) failed in a row (the last: %1): unhealthy</source>
        <translation>
            <numerusform>%n aktiver Check in Folge fehlgeschlagen (zuletzt: %1): nicht funktionsfähig</numerusform>
            <numerusform>%n aktive Checks in Folge fehlgeschlagen (zuletzt: %1): nicht funktionsfähig</numerusform>
        </translation>
    </message>
    <message>
        <source>back from ejection: an active check passed</source>
        <translation>Ausschluss aufgehoben: ein aktiver Check wurde bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive 5xx</source>
        <translation>
            <numerusform>%n 5xx-Antwort in Folge</numerusform>
            <numerusform>%n 5xx-Antworten in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive gateway errors</source>
        <translation>
            <numerusform>%n Gateway-Fehler in Folge</numerusform>
            <numerusform>%n Gateway-Fehlern in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>not ejected after %1: maxEjectionPercent %2 allows %3 of %4 endpoints out at once</source>
        <translation>nach %1 nicht ausgeschlossen: maxEjectionPercent %2 erlaubt, gleichzeitig nur %3 von %4 Endpunkten auszuschließen</translation>
    </message>
    <message>
        <source>ejected after %1, for %2 (ejection %3)</source>
        <translation>nach %1 für %2 ausgeschlossen (%3. Ausschluss)</translation>
    </message>
    <message>
        <source>back from ejection: its time is up</source>
        <translation>Ausschluss aufgehoben: die Ausschlusszeit ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Outlier detection found %1 failing at %2 but did not eject it (%n time(s) refused in all): maxEjectionPercent %3 lets at most %4 of the cluster&apos;s %5 endpoints out at once, and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy Gateway&apos;s failover guide does) or add an active health check.</source>
        <translation>
            <numerusform>Die Ausreißererkennung hat %1 bei %2 als fehlerhaft erkannt, aber nicht ausgeschlossen (insgesamt %n Mal verweigert): maxEjectionPercent %3 erlaubt, höchstens %4 der %5 Endpunkte des Clusters gleichzeitig auszuschließen, und das Fallback liegt im selben Cluster. maxEjectionPercent: 100 setzen (wie im Failover-Leitfaden von Envoy Gateway) oder einen aktiven Health-Check hinzufügen.</numerusform>
            <numerusform>Die Ausreißererkennung hat %1 bei %2 als fehlerhaft erkannt, aber nicht ausgeschlossen (insgesamt %n Mal verweigert): maxEjectionPercent %3 erlaubt, höchstens %4 der %5 Endpunkte des Clusters gleichzeitig auszuschließen, und das Fallback liegt im selben Cluster. maxEjectionPercent: 100 setzen (wie im Failover-Leitfaden von Envoy Gateway) oder einen aktiven Health-Check hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only passive health checks, with maxEjectionPercent %1: outlier detection may eject at most %2 of the cluster&apos;s %3 endpoints at once (the fallback&apos;s count too), so failover needs maxEjectionPercent: 100 or an active check.</source>
        <translation>Nur passive Health-Checks mit maxEjectionPercent %1: die Ausreißererkennung darf höchstens %2 der %3 Endpunkte des Clusters gleichzeitig ausschließen (die des Fallbacks zählen mit), daher braucht Failover maxEjectionPercent: 100 oder einen aktiven Check.</translation>
    </message>
    <message>
        <source>%1 fails requests from %2 but is never taken out of the load balancing: nothing marks it unhealthy.</source>
        <translation>%1 lässt ab %2 Anfragen fehlschlagen, wird aber nie aus dem Load Balancing genommen: nichts markiert ihn als nicht funktionsfähig.</translation>
    </message>
    <message>
        <source>From %1 a priority is in panic (fewer than %2 % of its endpoints healthy while the cluster as a whole is short): Envoy sends its share to all of its endpoints, the unhealthy ones too.</source>
        <translation>Ab %1 ist eine Priorität im Panic-Modus (weniger als %2 % ihrer Endpunkte funktionsfähig, während dem Cluster insgesamt Kapazität fehlt): Envoy verteilt ihren Anteil auf alle ihre Endpunkte, auch auf die nicht funktionsfähigen.</translation>
    </message>
</context>
<context>
    <name>bw::ScenarioTimelineModel</name>
    <message>
        <source>%1 rule %2: share of requests over time</source>
        <translation>%1 Regel %2: Anteil der Anfragen im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
</context>
<context>
    <name>bw::SchemaExplainer</name>
    <message>
        <source> -required-</source>
        <translation> -erforderlich-</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>minimum: %1</source>
        <translation>Minimum: %1</translation>
    </message>
    <message>
        <source>maximum: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <source>length: %1 to %2 characters</source>
        <translation>Länge: %1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>items: %1 to %2</source>
        <translation>Einträge: %1 bis %2</translation>
    </message>
    <message>
        <source>pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>exactly one of: %1</source>
        <translation>genau eines von: %1</translation>
    </message>
    <message>
        <source>at most one of: %1</source>
        <translation>höchstens eines von: %1</translation>
    </message>
    <message>
        <source>experimental channel only</source>
        <translation>nur im Experimental-Channel</translation>
    </message>
    <message>
        <source>%1 has no fields; &quot;%2&quot; does not exist</source>
        <translation>%1 hat keine Felder; &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; does not exist in %2; its fields are: %3</source>
        <translation>Feld &quot;%1&quot; existiert nicht in %2; vorhandene Felder: %3</translation>
    </message>
    <message>
        <source>KIND:     %1</source>
        <translation>KIND:      %1</translation>
    </message>
    <message>
        <source>GROUP:    %1</source>
        <translation>GRUPPE:    %1</translation>
    </message>
    <message>
        <source>VERSIONS: %1</source>
        <translation>VERSIONEN: %1</translation>
    </message>
    <message>
        <source>SCOPE:    %1</source>
        <translation>BEREICH:   %1</translation>
    </message>
    <message>
        <source>Namespaced</source>
        <translation>Namespaced</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>FIELD:    %1 %2</source>
        <translation>FELD:      %1 %2</translation>
    </message>
    <message>
        <source>DESCRIPTION:</source>
        <translation>BESCHREIBUNG:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>CONSTRAINTS:</source>
        <translation>EINSCHRÄNKUNGEN:</translation>
    </message>
    <message>
        <source>FIELDS:</source>
        <translation>FELDER:</translation>
    </message>
</context>
<context>
    <name>bw::SchemaLoader</name>
    <message>
        <source>%1: not a schema descriptor: %2</source>
        <translation>%1: kein Schema-Deskriptor: %2</translation>
    </message>
    <message>
        <source>kind and versions are required</source>
        <translation>kind und versions sind erforderlich</translation>
    </message>
    <message>
        <source>not a CustomResourceDefinition (kind is &quot;%1&quot;)</source>
        <translation>keine CustomResourceDefinition (kind ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>spec.group and spec.names.kind are required</source>
        <translation>spec.group und spec.names.kind sind erforderlich</translation>
    </message>
    <message>
        <source>spec.versions[%1].schema.openAPIV3Schema is missing</source>
        <translation>spec.versions[%1].schema.openAPIV3Schema fehlt</translation>
    </message>
    <message>
        <source>%1: no CustomResourceDefinition found</source>
        <translation>%1: keine CustomResourceDefinition gefunden</translation>
    </message>
    <message>
        <source>%1: no schema named %2</source>
        <translation>%1: kein Schema namens %2</translation>
    </message>
</context>
<context>
    <name>bw::SimulationPanel</name>
    <message>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <source>%1 rule %2: %3</source>
        <translation>%1 Regel %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>The route rule whose failover is simulated</source>
        <translation>Die Routenregel, deren Failover simuliert wird</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Run the route&apos;s health checks against the real endpoints and let them decide which endpoints are healthy</source>
        <translation>Die Health-Checks der Route gegen die echten Endpunkte ausführen und sie entscheiden lassen, welche Endpunkte funktionsfähig sind</translation>
    </message>
    <message>
        <source>All Healthy</source>
        <translation>Alle funktionsfähig</translation>
    </message>
    <message>
        <source>Mark every endpoint healthy again</source>
        <translation>Alle Endpunkte wieder als funktionsfähig markieren</translation>
    </message>
    <message>
        <source>Open Scenario…</source>
        <translation>Szenario öffnen…</translation>
    </message>
    <message>
        <source>Open a YAML file of outages over time to play against the rule</source>
        <translation>Eine YAML-Datei mit einem zeitlichen Ablauf von Ausfällen öffnen, um sie gegen die Regel abzuspielen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Play the scenario against the rule and chart each backend&apos;s share over time</source>
        <translation>Das Szenario gegen die Regel abspielen und den Anteil jedes Backends im Zeitverlauf als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Open a scenario and run it to see each backend&apos;s share over time.</source>
        <translation>Ein Szenario öffnen und ausführen, um den Anteil jedes Backends im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>No scenario opened.</source>
        <translation>Kein Szenario geöffnet.</translation>
    </message>
    <message>
        <source>No route rule with backendRefs in the workspace.</source>
        <translation>Keine Routenregel mit backendRefs im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Envoy&apos;s priority loads: each priority&apos;s health is min(100, 1.4 × healthy / hosts); what priority 0 cannot carry spills to the fallback</source>
        <translation>Envoys Prioritätslasten: der Health-Wert jeder Priorität ist min(100, 1,4 × funktionsfähige / alle Hosts); was Priorität 0 nicht tragen kann, geht an das Fallback</translation>
    </message>
    <message>
        <source>Live: first round of checks running…</source>
        <translation>Live: erste Check-Runde läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Live checks stopped after %n round(s); the endpoints keep their last health.</source>
        <translation>
            <numerusform>Live-Checks nach %n Runde beendet; die Endpunkte behalten ihren letzten Zustand.</numerusform>
            <numerusform>Live-Checks nach %n Runden beendet; die Endpunkte behalten ihren letzten Zustand.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <translation>%1, über %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Live: %1 every %2, round %3 at %4</source>
        <translation>Live: %1 alle %2, Runde %3 um %4</translation>
    </message>
    <message>
        <source>all checks pass</source>
        <translation>alle Checks bestanden</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) not checked (not HOST:PORT)</source>
        <translation>
            <numerusform>%n Endpunkt nicht geprüft (kein HOST:PORT)</numerusform>
            <numerusform>%n Endpunkte nicht geprüft (kein HOST:PORT)</numerusform>
        </translation>
    </message>
    <message>
        <source>no active check configured: TCP connects with Envoy Gateway&apos;s timings</source>
        <translation>kein aktiver Check konfiguriert: TCP-Verbindungsaufbau mit den Standardzeiten von Envoy Gateway</translation>
    </message>
    <message>
        <source>Open Failover Scenario</source>
        <translation>Failover-Szenario öffnen</translation>
    </message>
    <message>
        <source>Failover scenarios (*.yaml *.yml);;All files (*)</source>
        <translation>Failover-Szenarien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) over %2</source>
        <translation>
            <numerusform>%1: %n Ereignis über %2</numerusform>
            <numerusform>%1: %n Ereignisse über %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 rule %3</source>
        <translation>%1 auf %2 Regel %3</translation>
    </message>
    <message>
        <source>failover starts at %1, ends at %2</source>
        <translation>Failover beginnt bei %1, endet bei %2</translation>
    </message>
    <message>
        <source>failover starts at %1 and lasts to the end</source>
        <translation>Failover beginnt bei %1 und dauert bis zum Ende</translation>
    </message>
    <message>
        <source>no failover</source>
        <translation>kein Failover</translation>
    </message>
</context>
<context>
    <name>bw::StructuralValidator</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 exists only in the experimental-channel CRD; a cluster with the standard channel drops it</source>
        <translation>%1 existiert nur in der CRD des Experimental-Channels; ein Cluster mit dem Standard-Channel verwirft es</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n item(s)</source>
        <translation>
            <numerusform>%1 muss mindestens %n Eintrag haben</numerusform>
            <numerusform>%1 muss mindestens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n item(s), it has %2</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag haben, hat aber %2</numerusform>
            <numerusform>%1 darf höchstens %n Einträge haben, hat aber %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be %2, not a %3</source>
        <translation>%1 muss vom Typ %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the object</source>
        <translation>das Objekt</translation>
    </message>
    <message>
        <source>unknown field %1; the API server drops it or, with strict validation, refuses the object</source>
        <translation>unbekanntes Feld %1; der API-Server verwirft es oder lehnt bei strikter Validierung das Objekt ab</translation>
    </message>
    <message>
        <source>unknown field %1; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Feld %1; war &quot;%2&quot; gemeint?</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>%1 is missing the required field &quot;%2&quot;</source>
        <translation>in %1 fehlt das Pflichtfeld &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n entries</source>
        <translation>
            <numerusform>%1 muss mindestens %n Eintrag haben</numerusform>
            <numerusform>%1 muss mindestens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n entries</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag haben</numerusform>
            <numerusform>%1 darf höchstens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be %2, not %3 (%4)</source>
        <translation>%1 muss %2 sein, ist aber %3 (%4)</translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation>ein boolescher Wert (true oder false)</translation>
    </message>
    <message>
        <source>%1: unsupported value &quot;%2&quot;; supported values: %3</source>
        <translation>%1: nicht unterstützter Wert &quot;%2&quot;; unterstützte Werte: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is allowed only by the experimental-channel CRD</source>
        <translation>%1: &quot;%2&quot; ist nur in der CRD des Experimental-Channels erlaubt</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must fit in a 32-bit integer, not %2</source>
        <translation>%1 muss in eine 32-Bit-Ganzzahl passen, nicht %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n characters long</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>(it has %1)</source>
        <translation>(es sind %1)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not match the required pattern %3</source>
        <translation>%1: &quot;%2&quot; entspricht nicht dem erforderlichen Muster %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration; write it like 500ms, 5s, 1m30s or 2h</source>
        <translation>%1: &quot;%2&quot; ist keine Dauer; Schreibweise etwa 500ms, 5s, 1m30s oder 2h</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1: &quot;%2&quot; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 must be base64-encoded</source>
        <translation>%1 muss base64-kodiert sein</translation>
    </message>
</context>
<context>
    <name>bw::StructuredEditor</name>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>%1: the document is empty or could not be parsed</source>
        <translation>%1: das Dokument ist leer oder konnte nicht geparst werden</translation>
    </message>
    <message>
        <source>%1: cannot create list item [%2] of a list that does not exist</source>
        <translation>%1: Listenelement [%2] kann nicht angelegt werden, da die Liste nicht existiert</translation>
    </message>
    <message>
        <source>%1 is an alias; edit the anchored node it refers to instead</source>
        <translation>%1 ist ein Alias; stattdessen den verankerten Knoten bearbeiten, auf den er verweist</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot hold the field &quot;%3&quot;</source>
        <translation>%1 ist %2, kann also das Feld &quot;%3&quot; nicht enthalten</translation>
    </message>
    <message>
        <source>%1 is %2; set one of its fields instead of replacing all of it</source>
        <translation>%1 ist %2; eines seiner Felder setzen, statt alles zu ersetzen</translation>
    </message>
    <message>
        <source>%1: cannot replace the whole document</source>
        <translation>%1: das ganze Dokument kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is %2, not a mapping</source>
        <translation>%1 ist %2, kein Mapping</translation>
    </message>
    <message>
        <source>%1 already has the key &quot;%2&quot;</source>
        <translation>%1 hat bereits den Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is %2, not a list</source>
        <translation>%1 ist %2, keine Liste</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1: index %2 is out of range (the list has %3 items)</source>
        <translation>%1: Index %2 liegt außerhalb des Bereichs (die Liste hat %3 Elemente)</translation>
    </message>
    <message>
        <source>%1: cannot find the &apos;-&apos; of item %2</source>
        <translation>%1: das &apos;-&apos; von Element %2 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>cannot remove the whole document this way</source>
        <translation>das ganze Dokument kann so nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1: cannot remove this entry without rewriting its line</source>
        <translation>%1: dieser Eintrag kann nicht entfernt werden, ohne seine Zeile neu zu schreiben</translation>
    </message>
    <message>
        <source>%1: cannot find the &apos;-&apos; of this item</source>
        <translation>%1: das &apos;-&apos; dieses Elements wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot remove this item without rewriting its line</source>
        <translation>%1: dieses Element kann nicht entfernt werden, ohne seine Zeile neu zu schreiben</translation>
    </message>
    <message>
        <source>%1: there is no item [%2]; %3 has %4 items</source>
        <translation>%1: es gibt kein Element [%2]; %3 hat %4 Elemente</translation>
    </message>
    <message numerus="yes">
        <source>%1: there is no item [%2]; the list has %n item(s)</source>
        <translation>
            <numerusform>%1: es gibt kein Element [%2]; die Liste hat %n Element</numerusform>
            <numerusform>%1: es gibt kein Element [%2]; die Liste hat %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is written inline ([a, b]): reorder it in the YAML view</source>
        <translation>%1 ist inline geschrieben ([a, b]): ordnen Sie es in der YAML-Ansicht um</translation>
    </message>
    <message>
        <source>%1: item [%2] does not start its own line</source>
        <translation>%1: Element [%2] beginnt keine eigene Zeile</translation>
    </message>
    <message>
        <source>%1: cannot tell where item [%2] ends</source>
        <translation>%1: es ist nicht erkennbar, wo Element [%2] endet</translation>
    </message>
</context>
<context>
    <name>bw::SystemTrustStore</name>
    <message>
        <source>the system trust store</source>
        <translation>der System-Truststore</translation>
    </message>
    <message>
        <source>the system trust store (%1)</source>
        <translation>der System-Truststore (%1)</translation>
    </message>
    <message>
        <source>cannot read the CA bundle %1: %2</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>bw::TopologyController</name>
    <message>
        <source>Wire %1 rule %2 to %3</source>
        <translation>%1 Regel %2 mit %3 verbinden</translation>
    </message>
    <message>
        <source>Create ReferenceGrant</source>
        <translation>ReferenceGrant anlegen</translation>
    </message>
    <message>
        <source>%1 cannot take traffic from a route; drop a Backend, XBackend or Service</source>
        <translation>%1 kann keinen Verkehr von einer Route annehmen; ein Backend, XBackend oder einen Service ablegen</translation>
    </message>
    <message>
        <source>Remove backendRef %1</source>
        <translation>backendRef %1 entfernen</translation>
    </message>
    <message>
        <source>Set weight of %1</source>
        <translation>Gewicht von %1 setzen</translation>
    </message>
    <message>
        <source>Move backendRef to %1 rule %2</source>
        <translation>backendRef nach %1 Regel %2 verschieben</translation>
    </message>
    <message>
        <source>drop a rule&apos;s handle on a backend</source>
        <translation>legen Sie den Griff einer Regel auf einem Backend ab</translation>
    </message>
    <message>
        <source>%1 is not in the workspace</source>
        <translation>%1 %2 ist nicht im Arbeitsbereich {1 ?}</translation>
    </message>
    <message>
        <source>drop a Backend, XBackend or Service</source>
        <translation>legen Sie ein Backend, XBackend oder einen Service ab</translation>
    </message>
    <message>
        <source>drop a backendRef on a rule</source>
        <translation>legen Sie eine backendRef auf einer Regel ab</translation>
    </message>
</context>
<context>
    <name>bw::TopologyGraph</name>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 %2 is not in the workspace</source>
        <translation>%1 %2 ist nicht im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>bw::TopologyView</name>
    <message>
        <source>Highlight nodes by name</source>
        <translation>Knoten nach Namen hervorheben</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>Drag a rule&apos;s dot onto a backend to route to it; select an edge and press Delete to remove it.</source>
        <translation>Den Punkt einer Regel auf ein Backend ziehen, um dorthin zu routen; eine Kante auswählen und Entf drücken, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Create the ReferenceGrant</source>
        <translation>ReferenceGrant anlegen</translation>
    </message>
    <message>
        <source>Probe this backend</source>
        <translation>Dieses Backend testen</translation>
    </message>
    <message>
        <source>Simulate failover</source>
        <translation>Failover simulieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>Hier nicht ablegbar: %1</translation>
    </message>
</context>
<context>
    <name>bw::TopologyWiring</name>
    <message>
        <source>the route or the backend is no longer in the workspace</source>
        <translation>die Route oder das Backend ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>rule %1 of %2 does not exist</source>
        <translation>Regel %1 von %2 existiert nicht</translation>
    </message>
    <message>
        <source>the route is no longer in the workspace</source>
        <translation>die Route ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>the backendRef is already in rule %1 of %2</source>
        <translation>die backendRef ist bereits in Regel %1 von %2</translation>
    </message>
    <message>
        <source>backendRef %1 of rule %2 of %3 does not exist</source>
        <translation>backendRef %1 der Regel %2 von %3 existiert nicht</translation>
    </message>
    <message>
        <source>this backendRef has filters; move it in the YAML view</source>
        <translation>dieser backendRef hat Filter; bitte in der YAML-Ansicht verschieben</translation>
    </message>
</context>
<context>
    <name>bw::TrafficPolicyRules</name>
    <message>
        <source>set either targetRef or targetRefs, not both</source>
        <translation>entweder targetRef oder targetRefs setzen, nicht beides</translation>
    </message>
    <message>
        <source>the policy targets nothing: set targetRef, targetRefs or targetSelectors</source>
        <translation>die Richtlinie hat kein Ziel: targetRef, targetRefs oder targetSelectors setzen</translation>
    </message>
    <message>
        <source>an HTTP health check needs the http block (at least its path)</source>
        <translation>ein HTTP-Health-Check braucht den http-Block (mindestens dessen path)</translation>
    </message>
    <message>
        <source>the http block is only used when type is HTTP</source>
        <translation>der http-Block wird nur verwendet, wenn type HTTP ist</translation>
    </message>
    <message>
        <source>a TCP health check needs the tcp block (it may be empty: tcp: {})</source>
        <translation>ein TCP-Health-Check braucht den tcp-Block (er darf leer sein: tcp: {})</translation>
    </message>
    <message>
        <source>the tcp block is only used when type is TCP</source>
        <translation>der tcp-Block wird nur verwendet, wenn type TCP ist</translation>
    </message>
    <message>
        <source>the grpc block is only used when type is GRPC</source>
        <translation>der grpc-Block wird nur verwendet, wenn type GRPC ist</translation>
    </message>
</context>
<context>
    <name>bw::Workspace</name>
    <message>
        <source>duplicate object %1: it is also defined at %2:%3; applying both makes the last one win</source>
        <translation>doppeltes Objekt %1: es ist auch in %2:%3 definiert; beim Anwenden beider gewinnt das letzte</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>no such document</source>
        <translation>Dokument existiert nicht</translation>
    </message>
</context>
<context>
    <name>bw::WorkspaceModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3), line %4</source>
        <translation>%1 %2 (%3), Zeile %4</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind / value</source>
        <translation>Kind / Wert</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
</context>
<context>
    <name>bw::XBackendRules</name>
    <message>
        <source>spec.externalHostname must be set when type is ExternalHostname</source>
        <translation>spec.externalHostname muss gesetzt sein, wenn type ExternalHostname ist</translation>
    </message>
    <message>
        <source>spec.externalHostname must be unset unless type is ExternalHostname</source>
        <translation>spec.externalHostname darf nur gesetzt sein, wenn type ExternalHostname ist</translation>
    </message>
    <message>
        <source>hostname %1 ends with .cluster.local; in-cluster names are refused so an external backend cannot reach cluster services (DNS rebinding, CVE-2021-25740)</source>
        <translation>Hostname %1 endet auf .cluster.local; clusterinterne Namen werden abgelehnt, damit ein externes Backend keine Cluster-Services erreichen kann (DNS-Rebinding, CVE-2021-25740)</translation>
    </message>
    <message>
        <source>hostname %1 is an IP address; the spec asks for a DNS name here</source>
        <translation>Hostname %1 ist eine IP-Adresse; die Spezifikation verlangt hier einen DNS-Namen</translation>
    </message>
    <message>
        <source>traffic to an external hostname without TLS is sent in clear text; set tls.mode to ServerOnly with a validation block</source>
        <translation>Verkehr zu einem externen Hostnamen ohne TLS wird im Klartext gesendet; tls.mode auf ServerOnly mit einem validation-Block setzen</translation>
    </message>
    <message>
        <source>tls.clientCertificateRef must be set when mode is ClientAndServer</source>
        <translation>tls.clientCertificateRef muss gesetzt sein, wenn mode ClientAndServer ist</translation>
    </message>
    <message>
        <source>tls.clientCertificateRef must be unset unless mode is ClientAndServer</source>
        <translation>tls.clientCertificateRef darf nur gesetzt sein, wenn mode ClientAndServer ist</translation>
    </message>
    <message>
        <source>port name &quot;%1&quot; must be a valid DNS label (lower case letters, digits and &apos;-&apos;)</source>
        <translation>Portname &quot;%1&quot; muss ein gültiges DNS-Label sein (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
</context>
<context>
    <name>bw::YamlEditor</name>
    <message>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
</context>
<context>
    <name>bw::YamlParser</name>
    <message>
        <source>YAML syntax error: this quoted string is never closed (no matching %1)</source>
        <translation>YAML-Syntaxfehler: diese Zeichenkette in Anführungszeichen wird nie geschlossen (kein passendes %1)</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in this mapping; the API server rejects it and other tools keep only one of the values</source>
        <translation>doppelter Schlüssel &quot;%1&quot; in diesem Mapping; der API-Server lehnt das ab, und andere Werkzeuge behalten nur einen der Werte</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; the rest of this document was not read</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; der Rest dieses Dokuments wurde nicht gelesen</translation>
    </message>
    <message>
        <source>this alias refers to a node that contains it; recursive aliases are not allowed</source>
        <translation>dieser Alias verweist auf einen Knoten, der ihn selbst enthält; rekursive Aliase sind nicht erlaubt</translation>
    </message>
    <message>
        <source>aliases here expand to more than %1 nodes; refusing a possible alias bomb (the API server refuses excessive aliasing too)</source>
        <translation>Aliase ergeben hier mehr als %1 Knoten; eine mögliche Alias-Bombe wird abgelehnt (auch der API-Server lehnt übermäßiges Aliasing ab)</translation>
    </message>
    <message>
        <source>tab character used for indentation; YAML allows only spaces here</source>
        <translation>Tabulatorzeichen zur Einrückung verwendet; YAML erlaubt hier nur Leerzeichen</translation>
    </message>
    <message>
        <source>nesting is too deep to read safely</source>
        <translation>Verschachtelung ist zu tief, um sie sicher zu lesen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
</TS>
