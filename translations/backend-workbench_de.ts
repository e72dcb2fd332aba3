<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FailoverChart</name>
    <message>
        <location filename="../qml/FailoverChart.qml" line="63"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="94"/>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="127"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="150"/>
        <source>failover starts</source>
        <translation>Failover beginnt</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="151"/>
        <source>failover ends</source>
        <translation>Failover endet</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="175"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="220"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../qml/FailoverChart.qml" line="237"/>
        <source>No samples</source>
        <translation>Keine Messpunkte</translation>
    </message>
</context>
<context>
    <name>TopologyCanvas</name>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="26"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="143"/>
        <source>mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="226"/>
        <source> · standby</source>
        <translation> · Standby</translation>
    </message>
    <message>
        <location filename="../qml/TopologyCanvas.qml" line="228"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Probe this backend</source>
        <translation type="vanished">Dieses Backend testen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Öffnen</translation>
    </message>
    <message>
        <source>Simulate failover</source>
        <translation type="vanished">Failover simulieren</translation>
    </message>
</context>
<context>
    <name>bw::AddressRange</name>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="99"/>
        <source>a loopback address: the gateway would connect to itself</source>
        <translation>eine Loopback-Adresse: das Gateway würde sich mit sich selbst verbinden</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="101"/>
        <source>a private (RFC 1918) address, inside the cluster&apos;s or the company&apos;s network</source>
        <translation>eine private Adresse (RFC 1918) im Netz des Clusters oder des Unternehmens</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="103"/>
        <source>a link-local address, reachable only from the node itself</source>
        <translation>eine Link-Local-Adresse, nur vom Node selbst aus erreichbar</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="105"/>
        <source>the cloud metadata service, which hands out the node&apos;s credentials</source>
        <translation>der Cloud-Metadatendienst, der die Zugangsdaten des Nodes herausgibt</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="107"/>
        <source>a carrier-grade NAT (100.64.0.0/10) address, often used for cluster-internal networks</source>
        <translation>eine Carrier-Grade-NAT-Adresse (100.64.0.0/10), oft für clusterinterne Netze verwendet</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="109"/>
        <source>the unspecified address, which connects to the local host</source>
        <translation>die unspezifizierte Adresse, über die eine Verbindung beim lokalen Host landet</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="111"/>
        <source>an IPv6 unique local address, inside a private network</source>
        <translation>eine IPv6-Unique-Local-Adresse innerhalb eines privaten Netzes</translation>
    </message>
    <message>
        <location filename="../core/probe/addressrange.cpp" line="113"/>
        <source>a multicast address, which no TCP connection can use</source>
        <translation>eine Multicast-Adresse, die keine TCP-Verbindung nutzen kann</translation>
    </message>
</context>
<context>
    <name>bw::ApoxyBackendRules</name>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="33"/>
        <source>a dynamicProxy Backend needs exactly one endpoint; endpoints cannot be empty</source>
        <translation>ein dynamicProxy-Backend braucht genau einen Endpunkt; endpoints darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="36"/>
        <source>a dynamicProxy Backend takes only one endpoint, not %1</source>
        <translation>ein dynamicProxy-Backend erlaubt nur einen Endpunkt, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="43"/>
        <source>%1 must be at least %2, not %3</source>
        <translation>%1 muss mindestens %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="57"/>
        <source>endpoint %1 sets both ip and fqdn; they cannot be specified together</source>
        <translation>Endpunkt %1 setzt sowohl ip als auch fqdn; beide dürfen nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="62"/>
        <source>%1 is not a valid IP address</source>
        <translation>%1 ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="65"/>
        <source>%1 is the unspecified address; Apoxy cannot route to it</source>
        <translation>%1 ist die unspezifizierte Adresse; Apoxy kann nicht dorthin routen</translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="69"/>
        <source>%1 is not a fully qualified domain name; it needs at least two labels</source>
        <translation>%1 ist kein vollqualifizierter Domainname; er braucht mindestens zwei Labels</translation>
    </message>
</context>
<context>
    <name>bw::BackendTlsPolicyRules</name>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="37"/>
        <source>validation must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation>validation darf nicht sowohl caCertificateRefs als auch wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="40"/>
        <source>validation must set caCertificateRefs or wellKnownCACertificates</source>
        <translation>validation muss caCertificateRefs oder wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="51"/>
        <source>a subjectAltName of type Hostname must set hostname and not uri</source>
        <translation>ein subjectAltName vom Typ Hostname muss hostname setzen und nicht uri</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="54"/>
        <source>a subjectAltName of type URI must set uri and not hostname</source>
        <translation>ein subjectAltName vom Typ URI muss uri setzen und nicht hostname</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="61"/>
        <source>wellKnownCACertificates &quot;%1&quot; is not supported; Envoy Gateway knows only System</source>
        <translation>wellKnownCACertificates &quot;%1&quot; wird nicht unterstützt; Envoy Gateway kennt nur System</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="90"/>
        <source>targetRefs name %1 %2 more than once; each must carry its own, distinct sectionName</source>
        <translation>targetRefs nennt %1 %2 mehr als einmal; jeder Eintrag braucht einen eigenen, eindeutigen sectionName</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="98"/>
        <source>a BackendTLSPolicy can target a Service, an MCS ServiceImport or an Envoy Gateway Backend, not %1 (InvalidKind)</source>
        <translation>eine BackendTLSPolicy kann einen Service, einen MCS-ServiceImport oder ein Backend von Envoy Gateway als Ziel haben, nicht %1 (InvalidKind)</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="106"/>
        <source>target %1 %2/%3 is not in the workspace; the policy applies to nothing here</source>
        <translation>Ziel %1 %2/%3 ist nicht im Arbeitsbereich; die Richtlinie wirkt hier auf nichts</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="120"/>
        <source>BackendTLSPolicy %1 already targets %2 %3%4; this policy loses the conflict (Conflicted)</source>
        <translation>BackendTLSPolicy %1 zielt bereits auf %2 %3%4; diese Richtlinie unterliegt im Konflikt (Conflicted)</translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="123"/>
        <source> section %1</source>
        <translation> Abschnitt %1</translation>
    </message>
</context>
<context>
    <name>bw::CertificateRefCheck</name>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="47"/>
        <source>Envoy Gateway will reject this: </source>
        <translation>Envoy Gateway wird dies ablehnen: </translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="59"/>
        <source>CA certificate ref must be a ConfigMap or Secret in the core group (group &quot;&quot;), not %1 (InvalidKind)</source>
        <translation>eine CA-Zertifikatsreferenz muss eine ConfigMap oder ein Secret in der Core-Gruppe (group &quot;&quot;) sein, nicht %1 (InvalidKind)</translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="66"/>
        <source>CA certificate %1 is not in the workspace (InvalidCACertificateRef)</source>
        <translation>CA-Zertifikat %1 ist nicht im Arbeitsbereich (InvalidCACertificateRef)</translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="71"/>
        <source>%1 has no &quot;ca.crt&quot; key holding the CA bundle (InvalidCACertificateRef)</source>
        <translation>%1 hat keinen Schlüssel &quot;ca.crt&quot; mit dem CA-Bundle (InvalidCACertificateRef)</translation>
    </message>
</context>
<context>
    <name>bw::CommandLineTool</name>
    <message>
        <source>Usage: backend-workbench [PATH...]            open the workbench window
       backend-workbench COMMAND [OPTIONS] ...

Edit, check and ship Kubernetes Gateway API backend configuration.

Commands:
  validate [--format text|json] [--crd FILE]... PATH...
        Check files or folders against the Gateway API, Envoy Gateway and Apoxy rules.
        Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], then a summary.
        Exit 0 when there is no error, 1 when there is one, 2 on usage or unreadable input.
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Describe a kind or field: type, constraints and the fields below it.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.

Options for every command:
  --crd FILE           also check objects against the CustomResourceDefinitions in FILE
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation type="vanished">Aufruf: backend-workbench [PATH...]           öffnet das Workbench-Fenster
        backend-workbench COMMAND [OPTIONS] ...

Backend-Konfiguration für die Kubernetes Gateway API bearbeiten, prüfen und ausliefern.

Befehle:
  validate [--format text|json] [--crd FILE]... PATH...
        Prüft Dateien oder Ordner gegen die Regeln von Gateway API, Envoy Gateway und Apoxy.
        Gibt FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] aus, danach eine Zusammenfassung.
        Exit-Code 0 ohne Fehler, 1 bei mindestens einem Fehler, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Beschreibt eine Objektart (Kind) oder ein Feld: Typ, Einschränkungen und die Felder darunter.
  export [-o OUT] [--force] PATH...
        Schreibt die Objekte der angegebenen Dateien als ein YAML mit mehreren Dokumenten (standardmäßig nach stdout).
        Eine einzelne unveränderte Datei wird Byte für Byte ausgegeben. Dateien mit Fehlern werden ohne --force abgelehnt.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Bearbeitet Felder direkt in der Datei, Kommentare und Formatierung bleiben erhalten; FIELD etwa spec.endpoints[0].fqdn.port.
        VALUE wird so gelesen, wie YAML es liest (8443 ist eine Zahl); für eine Zeichenkette in Anführungszeichen setzen (&apos;&quot;8443&quot;&apos;).
        Ein Feld, das bereits eine Zeichenkette enthält, bleibt eine Zeichenkette. FIELD- entfernt das Feld.

Optionen für alle Befehle:
  --crd FILE           prüft Objekte zusätzlich gegen die CustomResourceDefinitions in FILE
  --max-file-size MB   lehnt Dateien ab, die größer sind (Standard: 64)
  --namespace NS       Namespace für Objekte, die keinen angeben (Standard: &quot;default&quot;)
  -h, --help           zeigt diese Hilfe an
  -v, --version        zeigt die Version an
</translation>
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
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Describe a kind or field: type, constraints and the fields below it.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.

Options for every command:
  --crd FILE           also check objects against the CustomResourceDefinitions in FILE
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation type="vanished">Aufruf: backend-workbench [PATH...]           öffnet das Workbench-Fenster
        backend-workbench COMMAND [OPTIONS] ...

Backend-Konfiguration für die Kubernetes Gateway API bearbeiten, prüfen und ausliefern.

Befehle:
  validate [--format text|json] [--crd FILE]... PATH...
        Prüft Dateien oder Ordner gegen die Regeln von Gateway API, Envoy Gateway und Apoxy.
        Gibt FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] aus, danach eine Zusammenfassung.
        Exit-Code 0 ohne Fehler, 1 bei mindestens einem Fehler, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  graph [--format json|dot] PATH...
        Zeigt, wohin der Verkehr geht: Gateways, Routen, Regeln, Backends, Endpunkte, Richtlinien.
        JSON für Skripte, DOT für Graphviz (dot -Tsvg).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Beschreibt eine Objektart (Kind) oder ein Feld: Typ, Einschränkungen und die Felder darunter.
  export [-o OUT] [--force] PATH...
        Schreibt die Objekte der angegebenen Dateien als ein YAML mit mehreren Dokumenten (standardmäßig nach stdout).
        Eine einzelne unveränderte Datei wird Byte für Byte ausgegeben. Dateien mit Fehlern werden ohne --force abgelehnt.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Bearbeitet Felder direkt in der Datei, Kommentare und Formatierung bleiben erhalten; FIELD etwa spec.endpoints[0].fqdn.port.
        VALUE wird so gelesen, wie YAML es liest (8443 ist eine Zahl); für eine Zeichenkette in Anführungszeichen setzen (&apos;&quot;8443&quot;&apos;).
        Ein Feld, das bereits eine Zeichenkette enthält, bleibt eine Zeichenkette. FIELD- entfernt das Feld.

Optionen für alle Befehle:
  --crd FILE           prüft Objekte zusätzlich gegen die CustomResourceDefinitions in FILE
  --max-file-size MB   lehnt Dateien ab, die größer sind (Standard: 64)
  --namespace NS       Namespace für Objekte, die keinen angeben (Standard: &quot;default&quot;)
  -h, --help           zeigt diese Hilfe an
  -v, --version        zeigt die Version an
</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="132"/>
        <source>Try &apos;backend-workbench --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;backend-workbench --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="143"/>
        <location filename="../app/commandlinetool.cpp" line="504"/>
        <location filename="../app/commandlinetool.cpp" line="625"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="150"/>
        <source>%1: cannot read the CRD file: %2</source>
        <translation>%1: die CRD-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="170"/>
        <source>--max-file-size takes a size in megabytes, not &quot;%1&quot;</source>
        <translation>--max-file-size erwartet eine Größe in Megabyte, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="185"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="215"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="509"/>
        <location filename="../app/commandlinetool.cpp" line="629"/>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for validate</source>
        <translation type="vanished">unbekannte Option &quot;%1&quot; für validate</translation>
    </message>
    <message>
        <source>validate needs at least one file or folder</source>
        <translation type="vanished">validate braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="283"/>
        <source>%1 resources in %2 files: %3 errors, %4 warnings</source>
        <translation>%1 Ressourcen in %2 Dateien: %3 Fehler, %4 Warnungen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="311"/>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="316"/>
        <source>unknown option &quot;%1&quot; for export</source>
        <translation>unbekannte Option &quot;%1&quot; für export</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="322"/>
        <source>export needs at least one file or folder</source>
        <translation>export braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="338"/>
        <source>export refused: the input has errors (use --force to export it anyway)</source>
        <translation>export abgelehnt: die Eingabe enthält Fehler (mit --force trotzdem exportieren)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="346"/>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="354"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>--format must be json or dot</source>
        <translation type="vanished">--format muss json oder dot sein</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for graph</source>
        <translation type="vanished">unbekannte Option &quot;%1&quot; für graph</translation>
    </message>
    <message>
        <source>graph needs at least one file or folder</source>
        <translation type="vanished">graph braucht mindestens eine Datei oder einen Ordner</translation>
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
        [--live --duration S [--connect-to HOST:PORT:ADDRESS:PORT]...] PATH...
        Where each route rule&apos;s requests go, by Envoy&apos;s priority arithmetic: primary backends at
        priority 0, fallback Backends at 1, overprovisioning 1.4, the policy&apos;s panic threshold.
        --unhealthy marks one endpoint of a backend (or all of them without #INDEX) unhealthy.
        --live runs the route&apos;s health checks against the real endpoints for S seconds instead.
        Exit 0, or 1 when some requests would fail (no healthy upstream, a missing backend).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Describe a kind or field: type, constraints and the fields below it.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.

Options for every command:
  --crd FILE           also check objects against the CustomResourceDefinitions in FILE
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation type="vanished">Aufruf: backend-workbench [PATH...]           öffnet das Workbench-Fenster
        backend-workbench COMMAND [OPTIONS] ...

Backend-Konfiguration für die Kubernetes Gateway API bearbeiten, prüfen und ausliefern.

Befehle:
  validate [--format text|json] [--crd FILE]... PATH...
        Prüft Dateien oder Ordner gegen die Regeln von Gateway API, Envoy Gateway und Apoxy.
        Gibt FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] aus, danach eine Zusammenfassung.
        Exit-Code 0 ohne Fehler, 1 bei mindestens einem Fehler, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  graph [--format json|dot] PATH...
        Zeigt, wohin der Verkehr geht: Gateways, Routen, Regeln, Backends, Endpunkte, Richtlinien.
        JSON für Skripte, DOT für Graphviz (dot -Tsvg).
  probe [--format text|json] [--timeout MS] [--concurrency N] [--connect-to HOST:PORT:ADDRESS:PORT]...
        [--system-ca FILE] PATH...
        Löst jeden Backend-Endpunkt auf, verbindet sich mit ihm und führt den TLS-Handshake durch, mit
        SNI, Vertrauensankern und ALPN, wie sie sich aus der Konfiguration ergeben. --connect-to verbindet
        für HOST:PORT stattdessen mit ADDRESS:PORT (wie bei curl); SNI und geprüfter Name bleiben die konfigurierten.
        --system-ca (oder BW_SYSTEM_CA_BUNDLE) ersetzt den System-Truststore durch ein PEM-Bundle.
        Standardwerte: --timeout 5000, --concurrency 32.
        Exit-Code 0, wenn alle Tests erfolgreich sind, 1, wenn einer fehlschlägt, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  simulate [--format text|json] [--route NAMESPACE/NAME] [--unhealthy NAMESPACE/NAME[#INDEX]]...
        [--live --duration S [--connect-to HOST:PORT:ADDRESS:PORT]...] PATH...
        Zeigt, wohin die Anfragen jeder Routenregel gehen, nach Envoys Prioritätsberechnung: primäre Backends
        mit Priorität 0, Fallback-Backends mit 1, Overprovisioning-Faktor 1,4, die Panic-Schwelle der Richtlinie.
        --unhealthy markiert einen Endpunkt eines Backends (ohne #INDEX alle) als nicht funktionsfähig.
        --live führt stattdessen S Sekunden lang die Health-Checks der Route gegen die echten Endpunkte aus.
        Exit-Code 0, oder 1, wenn Anfragen fehlschlagen würden (kein funktionsfähiger Upstream, fehlendes Backend).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Beschreibt eine Objektart (Kind) oder ein Feld: Typ, Einschränkungen und die Felder darunter.
  export [-o OUT] [--force] PATH...
        Schreibt die Objekte der angegebenen Dateien als ein YAML mit mehreren Dokumenten (standardmäßig nach stdout).
        Eine einzelne unveränderte Datei wird Byte für Byte ausgegeben. Dateien mit Fehlern werden ohne --force abgelehnt.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Bearbeitet Felder direkt in der Datei, Kommentare und Formatierung bleiben erhalten; FIELD etwa spec.endpoints[0].fqdn.port.
        VALUE wird so gelesen, wie YAML es liest (8443 ist eine Zahl); für eine Zeichenkette in Anführungszeichen setzen (&apos;&quot;8443&quot;&apos;).
        Ein Feld, das bereits eine Zeichenkette enthält, bleibt eine Zeichenkette. FIELD- entfernt das Feld.

Optionen für alle Befehle:
  --crd FILE           prüft Objekte zusätzlich gegen die CustomResourceDefinitions in FILE
  --max-file-size MB   lehnt Dateien ab, die größer sind (Standard: 64)
  --namespace NS       Namespace für Objekte, die keinen angeben (Standard: &quot;default&quot;)
  -h, --help           zeigt diese Hilfe an
  -v, --version        zeigt die Version an
</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="81"/>
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
        Exit 0, or 1 when some requests would fail (no healthy upstream, a missing backend).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Describe a kind or field: type, constraints and the fields below it.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.

Options for every command:
  --crd FILE           also check objects against the CustomResourceDefinitions in FILE
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation>Aufruf: backend-workbench [PATH...]           öffnet das Workbench-Fenster
        backend-workbench COMMAND [OPTIONS] ...

Backend-Konfiguration für die Kubernetes Gateway API bearbeiten, prüfen und ausliefern.

Befehle:
  validate [--format text|json] [--crd FILE]... PATH...
        Prüft Dateien oder Ordner gegen die Regeln von Gateway API, Envoy Gateway und Apoxy.
        Gibt FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] aus, danach eine Zusammenfassung.
        Exit-Code 0 ohne Fehler, 1 bei mindestens einem Fehler, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  graph [--format json|dot] PATH...
        Zeigt, wohin der Verkehr geht: Gateways, Routen, Regeln, Backends, Endpunkte, Richtlinien.
        JSON für Skripte, DOT für Graphviz (dot -Tsvg).
  probe [--format text|json] [--timeout MS] [--concurrency N] [--connect-to HOST:PORT:ADDRESS:PORT]...
        [--system-ca FILE] PATH...
        Löst jeden Backend-Endpunkt auf, verbindet sich mit ihm und führt den TLS-Handshake durch, mit
        SNI, Vertrauensankern und ALPN, wie sie sich aus der Konfiguration ergeben. --connect-to verbindet
        für HOST:PORT stattdessen mit ADDRESS:PORT (wie bei curl); SNI und geprüfter Name bleiben die konfigurierten.
        --system-ca (oder BW_SYSTEM_CA_BUNDLE) ersetzt den System-Truststore durch ein PEM-Bundle.
        Standardwerte: --timeout 5000, --concurrency 32.
        Exit-Code 0, wenn alle Tests erfolgreich sind, 1, wenn einer fehlschlägt, 2 bei falschem Aufruf oder unlesbarer Eingabe.
  simulate [--format text|json] [--route NAMESPACE/NAME] [--unhealthy NAMESPACE/NAME[#INDEX]]...
        [--scenario FILE] [--live --duration S [--connect-to HOST:PORT:ADDRESS:PORT]...] PATH...
        Zeigt, wohin die Anfragen jeder Routenregel gehen, nach Envoys Prioritätsberechnung: primäre Backends
        mit Priorität 0, Fallback-Backends mit 1, Overprovisioning-Faktor 1,4, die Panic-Schwelle der Richtlinie.
        --unhealthy markiert einen Endpunkt eines Backends (ohne #INDEX alle) als nicht funktionsfähig.
        --scenario spielt eine Zeitleiste von Endpunktausfällen über die Health-Checks der Route ab.
        --live führt stattdessen S Sekunden lang die Health-Checks der Route gegen die echten Endpunkte aus.
        Exit-Code 0, oder 1, wenn Anfragen fehlschlagen würden (kein funktionsfähiger Upstream, fehlendes Backend).
  explain KIND[.FIELD...] [--recursive] [--api-version GROUP/VERSION]
        Beschreibt eine Objektart (Kind) oder ein Feld: Typ, Einschränkungen und die Felder darunter.
  export [-o OUT] [--force] PATH...
        Schreibt die Objekte der angegebenen Dateien als ein YAML mit mehreren Dokumenten (standardmäßig nach stdout).
        Eine einzelne unveränderte Datei wird Byte für Byte ausgegeben. Dateien mit Fehlern werden ohne --force abgelehnt.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Bearbeitet Felder direkt in der Datei, Kommentare und Formatierung bleiben erhalten; FIELD etwa spec.endpoints[0].fqdn.port.
        VALUE wird so gelesen, wie YAML es liest (8443 ist eine Zahl); für eine Zeichenkette in Anführungszeichen setzen (&apos;&quot;8443&quot;&apos;).
        Ein Feld, das bereits eine Zeichenkette enthält, bleibt eine Zeichenkette. FIELD- entfernt das Feld.

Optionen für alle Befehle:
  --crd FILE           prüft Objekte zusätzlich gegen die CustomResourceDefinitions in FILE
  --max-file-size MB   lehnt Dateien ab, die größer sind (Standard: 64)
  --namespace NS       Namespace für Objekte, die keinen angeben (Standard: &quot;default&quot;)
  -h, --help           zeigt diese Hilfe an
  -v, --version        zeigt die Version an
</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="232"/>
        <source>--format must be %1 or %2</source>
        <translation>--format muss %1 oder %2 sein</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="234"/>
        <source>unknown option &quot;%1&quot; for %2</source>
        <translation>unbekannte Option &quot;%1&quot; für %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="240"/>
        <source>%1 needs at least one file or folder</source>
        <translation>%1 braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="513"/>
        <source>--timeout takes milliseconds from 1 to 600000, not &quot;%1&quot;</source>
        <translation>--timeout erwartet Millisekunden von 1 bis 600000, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="517"/>
        <source>--concurrency takes a number from 1 to 1024, not &quot;%1&quot;</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 1024, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--connect-to %1: %2</source>
        <translation type="vanished">--connect-to %1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="468"/>
        <source>--connect-to: %1</source>
        <translation>--connect-to: %1</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="524"/>
        <source>unknown option &quot;%1&quot; for probe</source>
        <translation>unbekannte Option &quot;%1&quot; für probe</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="530"/>
        <source>probe needs at least one file or folder</source>
        <translation>probe braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="543"/>
        <source>No backend endpoints to probe in these files.</source>
        <translation>In diesen Dateien gibt es keine Backend-Endpunkte zum Testen.</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="566"/>
        <source>TCP connected</source>
        <translation>TCP verbunden</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="568"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="571"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="571"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="572"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="577"/>
        <source>fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandlinetool.cpp" line="582"/>
        <source>certificate: %1, issued by %2, expires %3 (%n day(s))</source>
        <translation>
            <numerusform>Zertifikat: %1, ausgestellt von %2, gültig bis %3 (%n Tag)</numerusform>
            <numerusform>Zertifikat: %1, ausgestellt von %2, gültig bis %3 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="588"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandlinetool.cpp" line="591"/>
        <source>%n endpoint(s) probed</source>
        <translation>
            <numerusform>%n Endpunkt getestet</numerusform>
            <numerusform>%n Endpunkte getestet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandlinetool.cpp" line="592"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandlinetool.cpp" line="592"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="640"/>
        <source>--duration takes seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--duration erwartet Sekunden von 0 bis 86400, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="645"/>
        <source>unknown option &quot;%1&quot; for simulate</source>
        <translation>unbekannte Option &quot;%1&quot; für simulate</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="651"/>
        <source>simulate needs at least one file or folder</source>
        <translation>simulate braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="653"/>
        <source>--live needs --duration S</source>
        <translation>--live braucht --duration S</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="655"/>
        <source>--duration and --connect-to go with --live</source>
        <translation>--duration und --connect-to gibt es nur zusammen mit --live</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="657"/>
        <source>--unhealthy and --live do not go together: live mode checks the real endpoints</source>
        <translation>--unhealthy und --live schließen sich aus: der Live-Modus prüft die echten Endpunkte</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="659"/>
        <source>--scenario goes with neither --live nor --unhealthy: the scenario says what fails</source>
        <translation>--scenario lässt sich weder mit --live noch mit --unhealthy kombinieren: das Szenario legt fest, was ausfällt</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="664"/>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1: das Szenario kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="677"/>
        <source>no route %1 with backendRefs in these files</source>
        <translation>keine Route %1 mit backendRefs in diesen Dateien</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="690"/>
        <source>--unhealthy %1: the endpoint index after # must be a number from 0</source>
        <translation>--unhealthy %1: der Endpunktindex nach # muss eine Zahl ab 0 sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandlinetool.cpp" line="703"/>
        <source>--unhealthy %1: %2 has %n endpoint(s)</source>
        <translation>
            <numerusform>--unhealthy %1: %2 hat %n Endpunkt</numerusform>
            <numerusform>--unhealthy %1: %2 hat %n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="707"/>
        <source>--unhealthy %1: no route in these files sends traffic to %2</source>
        <translation>--unhealthy %1: keine Route in diesen Dateien sendet Verkehr an %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="736"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="797"/>
        <source>%1 %2 rule %3</source>
        <translation>%1 %2 Regel %3</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="800"/>
        <source>priority %1: %2 of %3 hosts healthy, health %4, load %5%%6</source>
        <translation>Priorität %1: %2 von %3 Hosts funktionsfähig, Health %4, Last %5%%6</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="806"/>
        <source> (panic: all hosts used)</source>
        <translation> (Panic-Modus: alle Hosts werden genutzt)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="811"/>
        <location filename="../app/commandlinetool.cpp" line="890"/>
        <source> (fallback)</source>
        <translation> (Fallback)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="811"/>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="817"/>
        <source> (unhealthy)</source>
        <translation> (nicht funktionsfähig)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="821"/>
        <source>no healthy upstream: requests get 503</source>
        <translation>kein funktionsfähiger Upstream (no healthy upstream): Anfragen erhalten 503</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="826"/>
        <source>note: no BackendTrafficPolicy health check applies, so endpoints are never marked unhealthy and the fallback never takes traffic</source>
        <translation>Hinweis: es greift kein Health-Check einer BackendTrafficPolicy, daher werden Endpunkte nie als nicht funktionsfähig markiert und das Fallback erhält nie Verkehr</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="879"/>
        <source>Scenario %1 on %2 %3 rule %4, %5</source>
        <translation>Szenario %1 auf %2 %3 Regel %4, %5</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="888"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="891"/>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="907"/>
        <source>failover starts at %1, ends at %2</source>
        <translation>Failover beginnt bei %1, endet bei %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="910"/>
        <source>(not within the scenario)</source>
        <translation>(nicht innerhalb des Szenarios)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="913"/>
        <source>no failover: the fallback never takes requests</source>
        <translation>kein Failover: das Fallback erhält nie Anfragen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="915"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="937"/>
        <source>--api-version needs a value</source>
        <translation>--api-version braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="940"/>
        <source>unknown option &quot;%1&quot; for explain</source>
        <translation>unbekannte Option &quot;%1&quot; für explain</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="944"/>
        <source>explain takes one KIND[.FIELD...]</source>
        <translation>explain erwartet genau ein KIND[.FIELD...]</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="948"/>
        <source>explain needs a kind, e.g. backend-workbench explain Backend.spec.endpoints</source>
        <translation>explain braucht eine Objektart (Kind), z. B. backend-workbench explain Backend.spec.endpoints</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="967"/>
        <source>explain: no kind &quot;%1&quot;%2 is known; load its CRD with --crd FILE</source>
        <translation>explain: Kind &quot;%1&quot;%2 ist unbekannt; die zugehörige CRD mit --crd FILE laden</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="968"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="989"/>
        <source>Also known in: %1 (choose with --api-version)</source>
        <translation>Auch bekannt in: %1 (Auswahl mit --api-version)</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1010"/>
        <source>--resource needs KIND/[NAMESPACE/]NAME</source>
        <translation>--resource braucht KIND/[NAMESPACE/]NAME</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1015"/>
        <source>unknown option &quot;%1&quot; for set</source>
        <translation>unbekannte Option &quot;%1&quot; für set</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1023"/>
        <source>set needs a file and at least one FIELD=VALUE</source>
        <translation>set braucht eine Datei und mindestens ein FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1037"/>
        <source>%1 was not changed: fix its syntax errors first</source>
        <translation>%1 wurde nicht geändert: zuerst die Syntaxfehler beheben</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1054"/>
        <source>--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not &quot;%1&quot;</source>
        <translation>--resource erwartet KIND/NAME oder KIND/NAMESPACE/NAME, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1061"/>
        <source>--resource %1 matches more than one object in %2; add the namespace</source>
        <translation>--resource %1 passt auf mehr als ein Objekt in %2; den Namespace ergänzen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1072"/>
        <source>%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME</source>
        <translation>%1 enthält %2 Objekte; eines mit --resource KIND/[NAMESPACE/]NAME auswählen</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1075"/>
        <source>%1 has no object %2</source>
        <translation>%1 enthält kein Objekt %2</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1096"/>
        <source>&quot;%1&quot; is not FIELD=VALUE or FIELD-</source>
        <translation>&quot;%1&quot; ist weder FIELD=VALUE noch FIELD-</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1109"/>
        <source>%1 was not changed</source>
        <translation>%1 wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="1117"/>
        <source>%1 was not changed: the edit would have left it unreadable</source>
        <translation>%1 wurde nicht geändert: die Änderung hätte die Datei unlesbar gemacht</translation>
    </message>
</context>
<context>
    <name>bw::ConnectToRule</name>
    <message>
        <source>--connect-to wants HOST:PORT:ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation type="vanished">--connect-to erwartet HOST:PORT:ADDRESS:PORT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--connect-to &quot;%1&quot;: a port must be a number from 1 to 65535</source>
        <translation type="vanished">--connect-to &quot;%1&quot;: ein Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--connect-to &quot;%1&quot; names no address to connect to</source>
        <translation type="vanished">--connect-to &quot;%1&quot; nennt keine Adresse, mit der verbunden werden soll</translation>
    </message>
    <message>
        <location filename="../core/probe/connecttorule.cpp" line="66"/>
        <source>&quot;%1&quot; is not HOST:PORT:ADDRESS:PORT</source>
        <translation>„%1“ hat nicht die Form HOST:PORT:ADDRESS:PORT</translation>
    </message>
    <message>
        <location filename="../core/probe/connecttorule.cpp" line="74"/>
        <source>&quot;%1&quot;: a port must be a number from 1 to 65535</source>
        <translation>„%1“: ein Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../core/probe/connecttorule.cpp" line="79"/>
        <source>&quot;%1&quot; names no address to connect to</source>
        <translation>„%1“ nennt keine Adresse, zu der verbunden werden soll</translation>
    </message>
</context>
<context>
    <name>bw::DiagnosticsModel</name>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="270"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="272"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="274"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="276"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="61"/>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="63"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="65"/>
        <source>%1: the file is %2 MB, over the %3 MB limit for one file; it was not opened (raise the limit with --max-file-size if it really is a manifest)</source>
        <translation>%1: die Datei ist %2 MB groß und überschreitet die Grenze von %3 MB pro Datei; sie wurde nicht geöffnet (die Grenze mit --max-file-size anheben, falls es wirklich ein Manifest ist)</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="71"/>
        <location filename="../core/document/document.cpp" line="78"/>
        <location filename="../core/document/document.cpp" line="272"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="74"/>
        <source>%1: the file grew past the %2 MB limit while it was read; it was not opened</source>
        <translation>%1: die Datei ist während des Lesens über die Grenze von %2 MB gewachsen; sie wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="179"/>
        <source>invalid UTF-8 (byte 0x%1); manifests must be UTF-8, so this file was not read further</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); Manifeste müssen UTF-8 sein, daher wurde diese Datei nicht weiter gelesen</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="243"/>
        <source>%1: cannot read the file before saving: %2</source>
        <translation>%1: die Datei kann vor dem Speichern nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="246"/>
        <source>%1: the file changed on disk since it was opened; nothing was written. Reload it to see the other change, or save again choosing to overwrite it</source>
        <translation>%1: die Datei wurde seit dem Öffnen auf der Festplatte geändert; es wurde nichts geschrieben. Die Datei neu laden, um die andere Änderung zu sehen, oder erneut speichern und sie dabei überschreiben</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="254"/>
        <location filename="../core/document/document.cpp" line="257"/>
        <location filename="../core/document/document.cpp" line="260"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>bw::DocumentBuffer</name>
    <message>
        <source>Typing</source>
        <translation type="vanished">Eingabe</translation>
    </message>
</context>
<context>
    <name>bw::EndpointProbe</name>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="90"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="167"/>
        <source>Unix socket</source>
        <translation>Unix-Socket</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="182"/>
        <source>port %1 cannot be connected to</source>
        <translation>mit Port %1 ist keine Verbindung möglich</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="183"/>
        <source>set a port from 1 to 65535 on the endpoint</source>
        <translation>am Endpunkt einen Port von 1 bis 65535 setzen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="189"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="208"/>
        <source>the name %1 does not resolve: %2</source>
        <translation>der Name %1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="209"/>
        <source>check the spelling and that the name exists in the DNS the gateway uses (it resolves the name from the cluster, not from this machine)</source>
        <translation>die Schreibweise prüfen und ob der Name in dem DNS existiert, das das Gateway verwendet (es löst den Namen aus dem Cluster heraus auf, nicht von diesem Rechner aus)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="220"/>
        <source>%1 resolves to %2, %3: whoever controls this DNS name can point the gateway inside the network (DNS rebinding, CVE-2021-25740)</source>
        <translation>%1 wird zu %2 aufgelöst, %3: wer diesen DNS-Namen kontrolliert, kann das Gateway ins interne Netz lenken (DNS-Rebinding, CVE-2021-25740)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="261"/>
        <source>TLS over a Unix socket is not probed; only the connection was tried</source>
        <translation>TLS über einen Unix-Socket wird nicht getestet; nur der Verbindungsaufbau wurde versucht</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="269"/>
        <source>the Unix socket %1 did not accept in time</source>
        <translation>der Unix-Socket %1 hat die Verbindung nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="270"/>
        <source>check that the process behind the socket is running and not overloaded</source>
        <translation>prüfen, ob der Prozess hinter dem Socket läuft und nicht überlastet ist</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="275"/>
        <source>cannot connect to the Unix socket %1: %2</source>
        <translation>keine Verbindung zum Unix-Socket %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="276"/>
        <source>check the path, that the process listening on it runs, and that the gateway may open it</source>
        <translation>den Pfad prüfen, ob der Prozess läuft, der darauf lauscht, und ob das Gateway den Socket öffnen darf</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="342"/>
        <source>the server presents a self-signed certificate (%1) that %2 does not contain</source>
        <translation>der Server präsentiert ein selbstsigniertes Zertifikat (%1), das %2 nicht enthält</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="344"/>
        <source>give the server a certificate issued by a CA that %1 holds, or add this certificate to it if you run the server</source>
        <translation>dem Server ein Zertifikat einer CA geben, die %1 enthält, oder – wenn Sie den Server selbst betreiben – dieses Zertifikat dort hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="349"/>
        <source>%1 did not sign this certificate; its issuer is %2</source>
        <translation>%1 hat dieses Zertifikat nicht signiert; sein Aussteller ist %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="350"/>
        <source>put the CA that issued the server&apos;s certificate (%1) into %2, or reference the CA that does</source>
        <translation>dafür sorgen, dass %2 die CA enthält, die das Zertifikat des Servers ausgestellt hat (%1), oder stattdessen die ausstellende CA referenzieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/probe/endpointprobe.cpp" line="355"/>
        <source>the certificate %1 expired on %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>das Zertifikat %1 ist am %2 abgelaufen (vor %n Tag)</numerusform>
            <numerusform>das Zertifikat %1 ist am %2 abgelaufen (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="357"/>
        <source>renew the server&apos;s certificate</source>
        <translation>das Zertifikat des Servers erneuern</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="361"/>
        <source>the certificate %1 is valid only from %2</source>
        <translation>das Zertifikat %1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="363"/>
        <source>check the server&apos;s certificate dates and the clocks of the server and the gateway</source>
        <translation>die Gültigkeitsdaten des Server-Zertifikats sowie die Uhren von Server und Gateway prüfen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="378"/>
        <source>the certificate names no host in subjectAltNames (Envoy ignores the subject CN %1), so it does not match %2</source>
        <translation>das Zertifikat nennt keinen Host in subjectAltNames (Envoy ignoriert den CN %1 im Subject), daher passt es nicht zu %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="381"/>
        <source>the certificate is for %1, not for %2</source>
        <translation>das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="382"/>
        <source>set the SNI / validation hostname to a name the certificate carries, or reissue the certificate for %1</source>
        <translation>SNI bzw. Validierungs-Hostname auf einen Namen setzen, den das Zertifikat enthält, oder das Zertifikat für %1 neu ausstellen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="385"/>
        <source>the certificate does not match %1</source>
        <translation>das Zertifikat passt nicht zu %1</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="390"/>
        <source>insecureSkipVerify is set, so the gateway accepts this server although verification would fail (%1: %2)</source>
        <translation>insecureSkipVerify ist gesetzt, daher akzeptiert das Gateway diesen Server, obwohl die Prüfung fehlschlagen würde (%1: %2)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="396"/>
        <source>insecureSkipVerify is set: the certificate would verify, so the setting can be removed</source>
        <translation>insecureSkipVerify ist gesetzt: das Zertifikat würde die Prüfung bestehen, die Einstellung kann also entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="417"/>
        <source>the configuration needs ALPN %1, but the server negotiated no application protocol</source>
        <translation>die Konfiguration verlangt ALPN %1, aber der Server hat kein Anwendungsprotokoll ausgehandelt</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="419"/>
        <source>the configuration needs ALPN %1, but the server chose %2</source>
        <translation>die Konfiguration verlangt ALPN %1, aber der Server hat %2 gewählt</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="421"/>
        <location filename="../core/probe/endpointprobe.cpp" line="446"/>
        <source>enable %1 on the server, or drop it from the backend&apos;s protocols</source>
        <translation>%1 auf dem Server aktivieren oder aus den Protokollen des Backends entfernen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="440"/>
        <source>the server does not speak TLS %1 or newer, the minimum the configuration allows (%2)</source>
        <translation>der Server unterstützt kein TLS %1 oder neuer, das von der Konfiguration zugelassene Minimum (%2)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="442"/>
        <source>enable TLS %1 on the server, or lower tls.minVersion</source>
        <translation>TLS %1 auf dem Server aktivieren oder tls.minVersion senken</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="445"/>
        <source>the server refused every offered ALPN protocol (%1)</source>
        <translation>der Server hat jedes angebotene ALPN-Protokoll abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="449"/>
        <source>the server aborted the handshake (%1)</source>
        <translation>der Server hat den Handshake abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="450"/>
        <source>the server may want a client certificate (tls.clientCertificateRef) or ciphers the configuration does not offer</source>
        <translation>der Server verlangt möglicherweise ein Client-Zertifikat (tls.clientCertificateRef) oder Cipher-Suites, die die Konfiguration nicht anbietet</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="453"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="454"/>
        <source>check that this port speaks TLS, not plain HTTP, and that the server accepts the SNI %1</source>
        <translation>prüfen, ob dieser Port TLS spricht und nicht reines HTTP, und ob der Server die SNI %1 akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="455"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="481"/>
        <source>nothing listens on %1: the connection was refused</source>
        <translation>auf %1 lauscht nichts: die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="482"/>
        <source>check the port, and that the service is running on that address</source>
        <translation>den Port prüfen und ob der Dienst unter dieser Adresse läuft</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="484"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="485"/>
        <source>check that the address is reachable from the gateway&apos;s network</source>
        <translation>prüfen, ob die Adresse aus dem Netz des Gateways erreichbar ist</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="492"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="500"/>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="503"/>
        <source>the DNS lookup of %1 did not answer within %2</source>
        <translation>die DNS-Abfrage für %1 wurde nicht innerhalb von %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="504"/>
        <source>check the resolver, or raise the probe timeout</source>
        <translation>den Resolver prüfen oder den Timeout des Verbindungstests erhöhen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="510"/>
        <source>%1 did not answer the connection within %2</source>
        <translation>%1 hat auf den Verbindungsaufbau nicht innerhalb von %2 geantwortet</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="511"/>
        <source>a firewall drops the packets, or the host is down; check security groups and network policies between the gateway and the endpoint</source>
        <translation>eine Firewall verwirft die Pakete oder der Host ist ausgefallen; Security Groups und Network Policies zwischen Gateway und Endpunkt prüfen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="518"/>
        <source>connected to %1, but the TLS handshake did not finish within %2</source>
        <translation>mit %1 verbunden, aber der TLS-Handshake wurde nicht innerhalb von %2 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="519"/>
        <source>check that this port speaks TLS; a plain-text server waits for a request and never answers the handshake</source>
        <translation>prüfen, ob dieser Port TLS spricht; ein Klartext-Server wartet auf eine Anfrage und beantwortet den Handshake nie</translation>
    </message>
    <message>
        <location filename="../core/probe/endpointprobe.cpp" line="543"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>bw::EnvoyBackendRules</name>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="27"/>
        <source>Envoy Gateway will reject this Backend: </source>
        <translation>Envoy Gateway wird dieses Backend ablehnen: </translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="95"/>
        <source>hostname %1 is an IP address; use an ip endpoint</source>
        <translation>Hostname %1 ist eine IP-Adresse; einen ip-Endpunkt verwenden</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="99"/>
        <source>hostname %1 should be a domain with at least two segments separated by dots</source>
        <translation>Hostname %1 sollte eine Domain mit mindestens zwei durch Punkte getrennten Segmenten sein</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="111"/>
        <source>a DynamicResolver Backend cannot have endpoints; it resolves the request&apos;s host itself</source>
        <translation>ein DynamicResolver-Backend kann keine Endpunkte haben; es löst den Host der Anfrage selbst auf</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="115"/>
        <source>a DynamicResolver Backend cannot use autoSNIFromEndpointHostname</source>
        <translation>ein DynamicResolver-Backend kann autoSNIFromEndpointHostname nicht verwenden</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="131"/>
        <source>endpoint %1 must set one of fqdn, ip or unix</source>
        <translation>Endpunkt %1 muss eines von fqdn, ip oder unix setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="134"/>
        <source>endpoint %1 sets more than one of fqdn, ip and unix; only one is allowed</source>
        <translation>Endpunkt %1 setzt mehr als eines von fqdn, ip und unix; nur eines ist erlaubt</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="149"/>
        <source>%1 is not a valid IP address</source>
        <translation>%1 ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="154"/>
        <source>IP address %1 is in the %2 range, which Envoy Gateway on Kubernetes does not allow as a backend</source>
        <translation>IP-Adresse %1 gehört zum Bereich %2, den Envoy Gateway unter Kubernetes nicht als Backend zulässt</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="164"/>
        <source>unix domain socket path must not exceed 108 characters (it has %1)</source>
        <translation>der Pfad eines Unix-Domain-Sockets darf höchstens 108 Zeichen lang sein (er hat %1)</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="169"/>
        <source>autoSNIFromEndpointHostname is on, so IP and unix endpoints must set hostname</source>
        <translation>autoSNIFromEndpointHostname ist aktiv, daher müssen IP- und Unix-Endpunkte hostname setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="173"/>
        <source>fqdn endpoints cannot be mixed with ip or unix endpoints in one Backend</source>
        <translation>fqdn-Endpunkte können in einem Backend nicht mit ip- oder unix-Endpunkten gemischt werden</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="188"/>
        <source>tls must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation>tls darf nicht sowohl caCertificateRefs als auch wellKnownCACertificates setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="191"/>
        <source>tls must not set caCertificateRefs or wellKnownCACertificates when insecureSkipVerify is true</source>
        <translation>tls darf caCertificateRefs oder wellKnownCACertificates nicht setzen, wenn insecureSkipVerify true ist</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="195"/>
        <source>tls.sni and tls.autoSNIFromEndpointHostname are mutually exclusive</source>
        <translation>tls.sni und tls.autoSNIFromEndpointHostname schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="200"/>
        <source>ciphers have no effect when minVersion is 1.3; remove them or lower minVersion</source>
        <translation>ciphers haben keine Wirkung, wenn minVersion 1.3 ist; entfernen oder minVersion senken</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="206"/>
        <source>maxVersion %1 is below the default minVersion 1.2; set minVersion too</source>
        <translation>maxVersion %1 liegt unter der Standard-minVersion 1.2; auch minVersion setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="208"/>
        <source>minVersion %1 must not be greater than maxVersion %2</source>
        <translation>minVersion %1 darf nicht größer als maxVersion %2 sein</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="212"/>
        <source>insecureSkipVerify turns off verification of the backend&apos;s certificate: anyone on the path can impersonate it; give a CA instead</source>
        <translation>insecureSkipVerify schaltet die Prüfung des Backend-Zertifikats ab: jeder auf dem Übertragungsweg kann sich als das Backend ausgeben; stattdessen eine CA angeben</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="241"/>
        <source>tls must name caCertificateRefs or wellKnownCACertificates (or a BackendTLSPolicy with a CA must target this Backend) unless insecureSkipVerify is true</source>
        <translation>tls muss caCertificateRefs oder wellKnownCACertificates nennen (oder eine BackendTLSPolicy mit CA muss dieses Backend als Ziel haben), sofern insecureSkipVerify nicht true ist</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="249"/>
        <source>clientCertificateRef Secret must be in the Backend&apos;s namespace %1, not %2</source>
        <translation>das clientCertificateRef-Secret muss im Namespace %1 des Backends liegen, nicht in %2</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="256"/>
        <source>BackendTLSPolicy %1/%2 applies to this Backend%3; where both set a value (SNI, CA, verified name) the policy wins</source>
        <translation>BackendTLSPolicy %1/%2 gilt für dieses Backend%3; wo beide einen Wert setzen (SNI, CA, geprüfter Name), hat die Richtlinie Vorrang</translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="259"/>
        <source> on port %1</source>
        <translation> an Port %1</translation>
    </message>
</context>
<context>
    <name>bw::FailoverModel</name>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="183"/>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="195"/>
        <source>P%1 load %2 (%3 of %4 healthy)</source>
        <translation>P%1 Last %2 (%3 von %4 funktionsfähig)</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="197"/>
        <source>, in panic: all its hosts used</source>
        <translation>, im Panic-Modus: alle ihre Hosts werden genutzt</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="200"/>
        <source>availability %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="202"/>
        <source>total panic: loads follow host counts, unhealthy hosts get requests too</source>
        <translation>vollständiger Panic-Modus: die Lasten folgen der Anzahl der Hosts, auch nicht funktionsfähige Hosts erhalten Anfragen</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="204"/>
        <source>no healthy upstream: requests get 503</source>
        <translation>kein funktionsfähiger Upstream (no healthy upstream): Anfragen erhalten 503</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="211"/>
        <source>%1 of requests fail (missing backend)</source>
        <translation>%1 der Anfragen schlagen fehl (fehlendes Backend)</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="224"/>
        <source>No health check configured: failover never triggers (no BackendTrafficPolicy with a healthCheck applies to %1).</source>
        <translation>Kein Health-Check konfiguriert: Failover wird nie ausgelöst (für %1 greift keine BackendTrafficPolicy mit healthCheck).</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="227"/>
        <source>No health check configured in %1: failover never triggers.</source>
        <translation>Kein Health-Check in %1 konfiguriert: Failover wird nie ausgelöst.</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="229"/>
        <source>Only passive health checks, which eject at most %1 of the hosts: failover hardly ever triggers.</source>
        <translation>Nur passive Health-Checks, die höchstens %1 der Hosts ausschließen: Failover wird so gut wie nie ausgelöst.</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="317"/>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="322"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="324"/>
        <source>no endpoints</source>
        <translation>keine Endpunkte</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="326"/>
        <source>%1 of %2 healthy, panic</source>
        <translation>%1 von %2 funktionsfähig, Panic-Modus</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="327"/>
        <source>%1 of %2 healthy</source>
        <translation>%1 von %2 funktionsfähig</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="335"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="337"/>
        <source>Not in the workspace: its share of the requests fails</source>
        <translation>Nicht im Arbeitsbereich: sein Anteil an den Anfragen schlägt fehl</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="339"/>
        <source>Too few healthy hosts at priority %1: its share goes to all of its hosts, healthy or not</source>
        <translation>Zu wenige funktionsfähige Hosts mit Priorität %1: ihr Anteil geht an alle ihre Hosts, ob funktionsfähig oder nicht</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="383"/>
        <source>healthy</source>
        <translation>funktionsfähig</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="383"/>
        <source>unhealthy</source>
        <translation>nicht funktionsfähig</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="384"/>
        <source>%1: %2</source>
        <comment>health: last check</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="395"/>
        <source>Check or uncheck to mark this endpoint healthy or unhealthy</source>
        <translation>Häkchen setzen oder entfernen, um diesen Endpunkt als funktionsfähig oder nicht funktionsfähig zu markieren</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="396"/>
        <source>Live health checks decide whether this endpoint is healthy</source>
        <translation>Live-Health-Checks entscheiden, ob dieser Endpunkt funktionsfähig ist</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="457"/>
        <source>Backend / endpoint</source>
        <translation>Backend / Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="459"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="461"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="463"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="465"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/models/failovermodel.cpp" line="467"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>bw::FailoverScenario</name>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="70"/>
        <source>expected a single value</source>
        <translation>einzelner Wert erwartet</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="91"/>
        <source>&apos;%1&apos; is not a duration (like 10s, 1m30s or 500ms)</source>
        <translation>&apos;%1&apos; ist keine Dauer (etwa 10s, 1m30s oder 500ms)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="95"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="99"/>
        <source>must be at most 24h</source>
        <translation>darf höchstens 24h betragen</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="112"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="116"/>
        <location filename="../core/simulation/failoverscenario.cpp" line="133"/>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="129"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="147"/>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="162"/>
        <source>unknown field; known are %1</source>
        <translation>unbekanntes Feld; bekannt sind %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="202"/>
        <source>&apos;%1&apos; after # is not an endpoint index (0, 1, ...)</source>
        <translation>&apos;%1&apos; nach # ist kein Endpunktindex (0, 1, ...)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="210"/>
        <source>&apos;%1&apos; is not NAMESPACE/NAME or NAME, optionally followed by #INDEX</source>
        <translation>&apos;%1&apos; ist weder NAMESPACE/NAME noch NAME, jeweils optional gefolgt von #INDEX</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="221"/>
        <source>events[%1] (line %2)</source>
        <translation>events[%1] (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="255"/>
        <source>a scenario file holds one YAML document</source>
        <translation>eine Szenariodatei enthält genau ein YAML-Dokument</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="261"/>
        <source>the scenario is empty</source>
        <translation>das Szenario ist leer</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="267"/>
        <source>a scenario is a mapping with duration, step, requestRate and events</source>
        <translation>ein Szenario ist ein Mapping mit duration, step, requestRate und events</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="301"/>
        <source>must be longer than 0s</source>
        <translation>muss länger als 0s sein</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="303"/>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 betragen</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="306"/>
        <source>gives more than %1 samples over %2; take a longer step</source>
        <translation>ergibt mehr als %1 Messpunkte über %2; einen größeren step wählen</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="311"/>
        <source>%1 requests over %2 are more than the %3 the simulation follows; a few per second are enough for passive health checks</source>
        <translation>%1 Anfragen über %2 sind mehr als die %3, die die Simulation verfolgt; für passive Health-Checks genügen wenige pro Sekunde</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="319"/>
        <source>expected a list of events</source>
        <translation>Liste von Ereignissen erwartet</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="330"/>
        <source>expected a mapping with at, endpoint and event</source>
        <translation>Mapping mit at, endpoint und event erwartet</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="346"/>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="355"/>
        <source>%1 is after the end of the scenario (duration %2)</source>
        <translation>%1 liegt nach dem Ende des Szenarios (duration %2)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="379"/>
        <source>&apos;%1&apos; is not one of down, up, errors, latency</source>
        <translation>&apos;%1&apos; ist keiner der Werte down, up, errors, latency</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="390"/>
        <source>only applies to %1 events</source>
        <translation>gilt nur für Ereignisse vom Typ %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="405"/>
        <source>a latency event needs &apos;latency&apos; (like 2s)</source>
        <translation>ein latency-Ereignis braucht &apos;latency&apos; (etwa 2s)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="455"/>
        <source>%1 rule %2</source>
        <translation>%1 Regel %2</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="457"/>
        <source>no route rule has every backend the scenario&apos;s events name%1</source>
        <translation>keine Routenregel enthält alle Backends, die die Ereignisse des Szenarios nennen%1</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="458"/>
        <source> (looking at route %1)</source>
        <translation> (gesucht in Route %1)</translation>
    </message>
    <message>
        <location filename="../core/simulation/failoverscenario.cpp" line="459"/>
        <source>several route rules fit the scenario (%1); name one with &apos;route:&apos; and &apos;rule:&apos;</source>
        <translation>mehrere Routenregeln passen zum Szenario (%1); eine mit &apos;route:&apos; und &apos;rule:&apos; angeben</translation>
    </message>
</context>
<context>
    <name>bw::FieldPath</name>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="28"/>
        <source>invalid field path &quot;%1&quot;: %2</source>
        <translation>ungültiger Feldpfad &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="35"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="61"/>
        <source>unterminated quoted key</source>
        <translation>nicht abgeschlossener Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="69"/>
        <source>an index must be a number in brackets</source>
        <translation>ein Index muss eine Zahl in eckigen Klammern sein</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="73"/>
        <source>index out of range</source>
        <translation>Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="82"/>
        <source>empty key</source>
        <translation>leerer Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="86"/>
        <source>it ends with a dot</source>
        <translation>er endet mit einem Punkt</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="90"/>
        <source>expected &apos;.&apos; or &apos;[&apos; at position %1</source>
        <translation>&apos;.&apos; oder &apos;[&apos; an Position %1 erwartet</translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="95"/>
        <source>unexpected &apos;]&apos;</source>
        <translation>unerwartetes &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>bw::FormView</name>
    <message>
        <location filename="../app/formview.cpp" line="163"/>
        <source>This object is no longer in the workspace.</source>
        <translation>Dieses Objekt ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="165"/>
        <source>No schema is known for %1 (%2): edit it in the YAML view, or load its CRD.</source>
        <translation>Für %1 (%2) ist kein Schema bekannt: in der YAML-Ansicht bearbeiten oder die zugehörige CRD laden.</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="178"/>
        <source>Probe this backend</source>
        <translation>Dieses Backend testen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="180"/>
        <source>Connect to each endpoint of this backend as the gateway would (DNS, TCP, TLS with the configured trust) and list what fails in the Probes dock</source>
        <translation>Jeden Endpunkt dieses Backends so ansprechen, wie es das Gateway täte (DNS, TCP, TLS mit den konfigurierten CAs), und im Dock „Verbindungstests“ auflisten, was fehlschlägt</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="236"/>
        <source>Not a field of this kind: kept as written. Edit it in the YAML view.</source>
        <translation>Kein Feld dieser Objektart: bleibt wie geschrieben erhalten. In der YAML-Ansicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="244"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="251"/>
        <location filename="../app/formview.cpp" line="319"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="266"/>
        <location filename="../app/formview.cpp" line="306"/>
        <location filename="../app/formview.cpp" line="352"/>
        <location filename="../app/formview.cpp" line="375"/>
        <location filename="../app/formview.cpp" line="600"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="314"/>
        <source>new key, then Enter</source>
        <translation>neuer Schlüssel, dann Eingabetaste</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="321"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="346"/>
        <location filename="../app/formview.cpp" line="367"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="347"/>
        <location filename="../app/formview.cpp" line="368"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="392"/>
        <location filename="../app/formview.cpp" line="410"/>
        <location filename="../app/formview.cpp" line="412"/>
        <source>Add %1 item</source>
        <translation>%1-Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="399"/>
        <location filename="../app/formview.cpp" line="401"/>
        <source>Add item to %1</source>
        <translation>Element zu %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/formview.cpp" line="489"/>
        <source>up to %n characters</source>
        <translation>
            <numerusform>bis zu %n Zeichen</numerusform>
            <numerusform>bis zu %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="570"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location filename="../app/formview.cpp" line="639"/>
        <source>Move %1 item %2</source>
        <translation>Element %2 von %1 verschieben</translation>
    </message>
</context>
<context>
    <name>bw::HealthCheckPolicy</name>
    <message>
        <location filename="../core/simulation/healthcheckpolicy.cpp" line="38"/>
        <source>not a duration</source>
        <translation>keine Dauer</translation>
    </message>
    <message>
        <location filename="../core/simulation/healthcheckpolicy.cpp" line="49"/>
        <source>not a number from %1 to %2</source>
        <translation>keine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/simulation/healthcheckpolicy.cpp" line="67"/>
        <source>%1 is not an HTTP status</source>
        <translation>%1 ist kein HTTP-Status</translation>
    </message>
</context>
<context>
    <name>bw::HealthCheckProbe</name>
    <message>
        <location filename="../core/simulation/healthcheckprobe.cpp" line="32"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../core/simulation/healthcheckprobe.cpp" line="67"/>
        <source>the response has no status line</source>
        <translation>die Antwort hat keine Statuszeile</translation>
    </message>
    <message>
        <location filename="../core/simulation/healthcheckprobe.cpp" line="75"/>
        <source>not an HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../core/simulation/healthcheckprobe.cpp" line="82"/>
        <source>HTTP status %1, expected %2</source>
        <translation>HTTP-Status %1, erwartet: %2</translation>
    </message>
</context>
<context>
    <name>bw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="741"/>
        <source>Backend Workbench</source>
        <translation>Backend Workbench</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Öffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="354"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <location filename="../app/mainwindow.cpp" line="714"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="363"/>
        <location filename="../app/mainwindow.cpp" line="716"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open manifests</source>
        <translation type="vanished">Manifeste öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="856"/>
        <source>YAML manifests (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Manifeste (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="694"/>
        <source>%n object(s) in %1 file(s)</source>
        <translation>
            <numerusform>%n Objekt in %1 Datei(en)</numerusform>
            <numerusform>%n Objekte in %1 Datei(en)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="108"/>
        <source>Reload from Disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>Discard the unsaved edits of these files and show what is on disk</source>
        <translation>Die ungespeicherten Änderungen dieser Dateien verwerfen und zeigen, was auf der Festplatte steht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="111"/>
        <source>Keep My Edits</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>Keep the text shown here; saving asks before it overwrites the other change</source>
        <translation>Den hier gezeigten Text behalten; beim Speichern wird gefragt, bevor die andere Änderung überschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Filter by name, kind or namespace</source>
        <translation>Nach Name, Objektart oder Namespace filtern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="309"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="310"/>
        <source>Apply quick fix</source>
        <translation>Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>&amp;New from Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="336"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="346"/>
        <source>&amp;Export Validated YAML…</source>
        <translation>Validiertes YAML &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="349"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="369"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="371"/>
        <source>Re&amp;place…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="373"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="376"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="380"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>&amp;Probe Endpoints</source>
        <translation>Endpunkte &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="388"/>
        <source>Probe every backend endpoint as the gateway would reach it (DNS, TCP, TLS with the configured trust) and show what fails (F8)</source>
        <translation>Jeden Backend-Endpunkt so testen, wie das Gateway ihn erreichen würde (DNS, TCP, TLS mit den konfigurierten CAs), und anzeigen, was fehlschlägt (F8)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>Simulate &amp;Failover</source>
        <translation>&amp;Failover simulieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="395"/>
        <source>Show where the selected route&apos;s requests go when endpoints fail: mark endpoints unhealthy, run live health checks or play a scenario (F9)</source>
        <translation>Anzeigen, wohin die Anfragen der ausgewählten Route gehen, wenn Endpunkte ausfallen: Endpunkte als nicht funktionsfähig markieren, Live-Health-Checks ausführen oder ein Szenario abspielen (F9)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="399"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="602"/>
        <source>Probing %n endpoint(s)…</source>
        <translation>
            <numerusform>%n Endpunkt wird getestet…</numerusform>
            <numerusform>%n Endpunkte werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="622"/>
        <source>%1 has no rule with backendRefs to simulate</source>
        <translation>%1 hat keine Regel mit backendRefs, die sich simulieren ließe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="623"/>
        <source>Rule %1 of %2 has no backendRefs to simulate</source>
        <translation>Regel %1 von %2 hat keine backendRefs, die sich simulieren ließen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="650"/>
        <source>%1 is no longer in the workspace</source>
        <translation>%1 ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="675"/>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="695"/>
        <location filename="../app/mainwindow.cpp" line="828"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="696"/>
        <location filename="../app/mainwindow.cpp" line="829"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="705"/>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="714"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="716"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="751"/>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="756"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="785"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="785"/>
        <source>Discard the unsaved changes to %1 and reload it from disk?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen und die Datei neu von der Festplatte laden?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="790"/>
        <source>Revert failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="799"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="800"/>
        <source>The workspace has %n error(s); the API server or Envoy Gateway would refuse it. Export anyway?</source>
        <translation>
            <numerusform>Der Arbeitsbereich enthält %n Fehler; der API-Server oder Envoy Gateway würde ihn ablehnen. Trotzdem exportieren?</numerusform>
            <numerusform>Der Arbeitsbereich enthält %n Fehler; der API-Server oder Envoy Gateway würde ihn ablehnen. Trotzdem exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="807"/>
        <source>Export Validated YAML</source>
        <translation>Validiertes YAML exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="807"/>
        <location filename="../app/mainwindow.cpp" line="840"/>
        <source>YAML manifests (*.yaml *.yml)</source>
        <translation>YAML-Manifeste (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="813"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="813"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="815"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="840"/>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="845"/>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="856"/>
        <source>Open Manifests</source>
        <translation>Manifeste öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="862"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="874"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="874"/>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="887"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="887"/>
        <source>Find in this file:</source>
        <translation>In dieser Datei suchen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="898"/>
        <location filename="../app/mainwindow.cpp" line="931"/>
        <source>&quot;%1&quot; not found</source>
        <translation>„%1“ nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="908"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="912"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="913"/>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="915"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="935"/>
        <source>Replace &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="936"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n Ersetzung</numerusform>
            <numerusform>%n Ersetzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="966"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="969"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="976"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="981"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="983"/>
        <source>How long one endpoint may take (DNS, connect and TLS handshake together)</source>
        <translation>Wie lange ein Endpunkt dauern darf (DNS, Verbindungsaufbau und TLS-Handshake zusammen)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="987"/>
        <source>Language (after a restart):</source>
        <translation>Sprache (nach einem Neustart):</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="988"/>
        <source>Keep unsaved changes for recovery after:</source>
        <translation>Ungespeicherte Änderungen zur Wiederherstellung sichern nach:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="989"/>
        <source>Probe timeout per endpoint:</source>
        <translation>Test-Timeout pro Endpunkt:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="990"/>
        <source>Endpoints probed at a time:</source>
        <translation>Gleichzeitig getestete Endpunkte:</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="994"/>
        <source>One rule per line, as curl&apos;s --connect-to: probes and live health checks dial ADDRESS:PORT for HOST:PORT, while SNI and the verified name stay the configured ones</source>
        <translation>Eine Regel pro Zeile, wie bei curls --connect-to: Verbindungstests und Live-Health-Checks wählen für HOST:PORT stattdessen ADDRESS:PORT, SNI und geprüfter Name bleiben die konfigurierten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1001"/>
        <source>Connect to (HOST:PORT:ADDRESS:PORT):</source>
        <translation>Verbinden mit (HOST:PORT:ADDRESS:PORT):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1097"/>
        <source>Reloaded %n file(s) changed on disk</source>
        <translation>
            <numerusform>%n auf der Festplatte geänderte Datei neu geladen</numerusform>
            <numerusform>%n auf der Festplatte geänderte Dateien neu geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1099"/>
        <source>opened %n new file(s)</source>
        <translation>
            <numerusform>%n neue Datei geöffnet</numerusform>
            <numerusform>%n neue Dateien geöffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1101"/>
        <source>closed %n file(s) deleted on disk</source>
        <translation>
            <numerusform>%n auf der Festplatte gelöschte Datei geschlossen</numerusform>
            <numerusform>%n auf der Festplatte gelöschte Dateien geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1114"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1123"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1125"/>
        <source>%n file(s) changed on disk while you have unsaved edits in them: %1</source>
        <translation>
            <numerusform>%n Datei wurde auf der Festplatte geändert, während sie hier ungespeicherte Änderungen hat: %1</numerusform>
            <numerusform>%n Dateien wurden auf der Festplatte geändert, während sie hier ungespeicherte Änderungen haben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes to it.

Reload it and lose your changes, or keep yours (saving will ask before overwriting)?</source>
        <translation type="vanished">%1 wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen daran.

Datei neu laden und Ihre Änderungen verwerfen oder Ihre behalten (beim Speichern wird vor dem Überschreiben nachgefragt)?</translation>
    </message>
    <message>
        <source>%1 was changed by another program.

Reload it, or keep the text shown here?</source>
        <translation type="vanished">%1 wurde von einem anderen Programm geändert.

Datei neu laden oder den hier angezeigten Text behalten?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1146"/>
        <source>Reload failed</source>
        <translation>Neu laden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1186"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1187"/>
        <source>Backend Workbench did not end cleanly last time. Unsaved changes were kept for:
%1

Recover them? (Nothing is written to these files until you save.)</source>
        <translation>Backend Workbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen wurden aufbewahrt für:
%1

Wiederherstellen? (In diese Dateien wird erst beim Speichern geschrieben.)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1224"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1225"/>
        <source>These files have changes that are not saved:
%1

Save them before quitting?</source>
        <translation>Diese Dateien haben ungespeicherte Änderungen:
%1

Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>These files have changes that are not saved:
%1

Quit anyway and lose them?</source>
        <translation type="vanished">Diese Dateien haben ungespeicherte Änderungen:
%1

Trotzdem beenden und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>bw::NameSyntax</name>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="86"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="88"/>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="90"/>
        <source>link-local</source>
        <translation>Link-Local</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="92"/>
        <source>unspecified</source>
        <translation>unspezifiziert</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="94"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="96"/>
        <source>shared (CGNAT)</source>
        <translation>gemeinsam genutzt (CGNAT)</translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="98"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>bw::ProbeDock</name>
    <message>
        <location filename="../app/probedock.cpp" line="36"/>
        <source>Probes</source>
        <translation>Verbindungstests</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="51"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="56"/>
        <source>Stop the probes still running; what they found so far stays listed</source>
        <translation>Die noch laufenden Tests abbrechen; die bisherigen Ergebnisse bleiben in der Liste</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="57"/>
        <source>Probe Again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="59"/>
        <source>Probe the same backends again, with the workspace as it is now</source>
        <translation>Dieselben Backends erneut testen, mit dem aktuellen Stand des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="115"/>
        <source>Show Endpoint</source>
        <translation>Endpunkt anzeigen</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="116"/>
        <source>Probe This Backend Again</source>
        <translation>Dieses Backend erneut testen</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="123"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="197"/>
        <source>Nothing to probe: no backend in the workspace has an endpoint.</source>
        <translation>Nichts zu testen: kein Backend im Arbeitsbereich hat einen Endpunkt.</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="198"/>
        <source>Nothing to probe: the backend has no endpoint the probes can reach.</source>
        <translation>Nichts zu testen: das Backend hat keinen Endpunkt, den die Tests erreichen können.</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="270"/>
        <source>No probes run yet.</source>
        <translation>Noch keine Verbindungstests ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/probedock.cpp" line="273"/>
        <source>%1 reachable (%n with warnings)</source>
        <translation>
            <numerusform>%1 erreichbar (davon %n mit Warnungen)</numerusform>
            <numerusform>%1 erreichbar (davon %n mit Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="274"/>
        <source>%1 reachable</source>
        <translation>%1 erreichbar</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="280"/>
        <source>%1 %2</source>
        <comment>count, failure category</comment>
        <translation>%1× %2</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="282"/>
        <source>%1 failed (%2)</source>
        <translation>%1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <location filename="../app/probedock.cpp" line="285"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/probedock.cpp" line="286"/>
        <source>Probing: %1 of %n endpoint(s) done</source>
        <translation>
            <numerusform>Test läuft: %1 von %n Endpunkt fertig</numerusform>
            <numerusform>Test läuft: %1 von %n Endpunkten fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/probedock.cpp" line="287"/>
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
        <location filename="../core/validation/probefindings.cpp" line="43"/>
        <source>probe of %1 failed (%2): %3</source>
        <translation>Verbindungstest zu %1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="46"/>
        <source>likely fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="51"/>
        <source>probe of %1: %2</source>
        <translation>Verbindungstest zu %1: %2</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="59"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="61"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="63"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="65"/>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="67"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="69"/>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="71"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="73"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="75"/>
        <source>hostname mismatch</source>
        <translation>Hostname passt nicht</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="77"/>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="79"/>
        <source>ALPN mismatch</source>
        <translation>ALPN passt nicht</translation>
    </message>
    <message>
        <location filename="../core/validation/probefindings.cpp" line="81"/>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bw::ProbePlanner</name>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="235"/>
        <source>the system store</source>
        <translation>der System-Truststore</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="237"/>
        <source>the system store holds no certificates</source>
        <translation>der System-Truststore enthält keine Zertifikate</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="240"/>
        <source>%1 names the CA set %2, which only its implementation knows</source>
        <translation>%1 nennt die CA-Sammlung %2, die nur die jeweilige Implementierung kennt</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="255"/>
        <source>%1 %2/%3 is not a ConfigMap or Secret</source>
        <translation>%1 %2/%3 ist weder eine ConfigMap noch ein Secret</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="262"/>
        <source>%1 %2/%3 is not in the workspace</source>
        <translation>%1 %2/%3 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="276"/>
        <source>%1 %2/%3 has no key ca.crt</source>
        <translation>%1 %2/%3 hat keinen Schlüssel ca.crt</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="283"/>
        <source>ca.crt in %1 %2/%3 holds no certificate</source>
        <translation>ca.crt in %1 %2/%3 enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="307"/>
        <source>URI subjectAltNames (%1) are not checked by the probe</source>
        <translation>URI-subjectAltNames (%1) werden beim Verbindungstest nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="309"/>
        <source>%1 merged with %2</source>
        <translation>%1, zusammengeführt mit %2</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="432"/>
        <source>spec.tls.validation names no CA, so nothing can be trusted</source>
        <translation>spec.tls.validation nennt keine CA, daher ist nichts vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="490"/>
        <source>Backend.spec.protocol %1</source>
        <translation>Backend.spec.protocol %1</translation>
    </message>
    <message>
        <location filename="../core/probe/probeplanner.cpp" line="495"/>
        <source>no route names a port for this Backend; probing port %1</source>
        <translation>keine Route nennt einen Port für dieses Backend; getestet wird Port %1</translation>
    </message>
</context>
<context>
    <name>bw::ProbeResultsModel</name>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="31"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="109"/>
        <source>%1 handshake completed</source>
        <translation>%1-Handshake abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="109"/>
        <location filename="../core/models/proberesultsmodel.cpp" line="158"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="111"/>
        <location filename="../core/models/proberesultsmodel.cpp" line="152"/>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/proberesultsmodel.cpp" line="114"/>
        <source>the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="118"/>
        <source>the socket accepted the connection</source>
        <translation>der Socket hat die Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="119"/>
        <source>the port accepted the connection</source>
        <translation>der Port hat die Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="130"/>
        <location filename="../core/models/proberesultsmodel.cpp" line="132"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="132"/>
        <source>not looked up (%1)</source>
        <translation>nicht aufgelöst (%1)</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="136"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="137"/>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="138"/>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="139"/>
        <source>%1 not reached (%2)</source>
        <translation>%1 nicht erreicht (%2)</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="141"/>
        <source>via --connect-to %1</source>
        <translation>über --connect-to %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="142"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="147"/>
        <source>handshake completed</source>
        <translation>Handshake abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="147"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="152"/>
        <source>no ALPN</source>
        <translation>kein ALPN</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="153"/>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="153"/>
        <location filename="../core/models/proberesultsmodel.cpp" line="175"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="155"/>
        <source>trusting %1</source>
        <translation>CA-Quelle: %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="157"/>
        <source>verification skipped</source>
        <translation>Prüfung übersprungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/proberesultsmodel.cpp" line="162"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/proberesultsmodel.cpp" line="163"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="166"/>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="168"/>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="170"/>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="172"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="173"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="174"/>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="176"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="177"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="178"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="183"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="185"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="187"/>
        <source>Likely fix</source>
        <translation>Lösungsvorschlag</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="317"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="318"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="319"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="320"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="346"/>
        <source>Likely fix: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="439"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="441"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="443"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="445"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="447"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="449"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../core/models/proberesultsmodel.cpp" line="451"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>bw::ProbeRunner</name>
    <message>
        <location filename="../core/probe/proberunner.cpp" line="142"/>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/probe/proberunner.cpp" line="142"/>
        <source>cancelled while it ran</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryStore</name>
    <message>
        <location filename="../core/workspace/recoverystore.cpp" line="33"/>
        <source>%1: cannot write the recovery file: %2</source>
        <translation>%1: die Wiederherstellungsdatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/recoverystore.cpp" line="51"/>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/workspace/recoverystore.cpp" line="101"/>
        <source>%1: cannot read the recovery file: %2</source>
        <translation>%1: die Wiederherstellungsdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/recoverystore.cpp" line="115"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../core/workspace/recoverystore.cpp" line="117"/>
        <source>%1: the recovered text could not be applied</source>
        <translation>%1: der wiederhergestellte Text konnte nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>bw::ResourceEditor</name>
    <message>
        <location filename="../app/resourceeditor.cpp" line="37"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../app/resourceeditor.cpp" line="39"/>
        <location filename="../app/resourceeditor.cpp" line="83"/>
        <location filename="../app/resourceeditor.cpp" line="89"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../app/resourceeditor.cpp" line="101"/>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
</context>
<context>
    <name>bw::RouteRules</name>
    <message>
        <location filename="../core/validation/routerules.cpp" line="29"/>
        <source>Envoy Gateway will reject this backendRef (ResolvedRefs False, %1): </source>
        <translation>Envoy Gateway wird diese backendRef ablehnen (ResolvedRefs False, %1): </translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="30"/>
        <source>the controller will not resolve this backendRef (ResolvedRefs False, %1): </source>
        <translation>der Controller wird diese backendRef nicht auflösen (ResolvedRefs False, %1): </translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="177"/>
        <source>a RequestRedirect filter cannot be used in a rule that has backendRefs</source>
        <translation>ein RequestRedirect-Filter kann nicht in einer Regel mit backendRefs verwendet werden</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="195"/>
        <source>every backendRef of rule %1 has weight 0, so the rule sends no traffic: its requests get HTTP 500</source>
        <translation>jede backendRef von Regel %1 hat weight 0, daher sendet die Regel keinen Verkehr: ihre Anfragen erhalten HTTP 500</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="206"/>
        <source>dynamic resolver is not supported for multiple backendRefs; rule %1 answers HTTP 500</source>
        <translation>ein Dynamic Resolver wird für mehrere backendRefs nicht unterstützt; Regel %1 antwortet mit HTTP 500</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="234"/>
        <source>a %1 filter must set %2</source>
        <translation>ein %1-Filter muss %2 setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="235"/>
        <source>a %1 filter must set %2, not %3</source>
        <translation>ein %1-Filter muss %2 setzen, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="238"/>
        <source>a %1 filter must not set %2</source>
        <translation>ein %1-Filter darf %2 nicht setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="247"/>
        <source>URLRewrite path modifier is not supported within a backendRef</source>
        <translation>ein URLRewrite-Pfadmodifikator wird innerhalb einer backendRef nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="248"/>
        <source>a %1 filter is not supported within a backendRef</source>
        <translation>ein %1-Filter wird innerhalb einer backendRef nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="257"/>
        <source>only one of percent or fraction may be set in a RequestMirror filter</source>
        <translation>in einem RequestMirror-Filter darf nur percent oder fraction gesetzt sein</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="263"/>
        <source>fraction numerator %1 must not exceed the denominator %2</source>
        <translation>der Zähler %1 von fraction darf den Nenner %2 nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="281"/>
        <source>RequestMirror backendRef</source>
        <translation>RequestMirror backendRef</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="281"/>
        <source>backendRef</source>
        <translation>backendRef</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="294"/>
        <source>group %1 is not supported; only the core group (&quot;&quot;), %2 are</source>
        <translation>Gruppe %1 wird nicht unterstützt; unterstützt werden nur die Core-Gruppe (&quot;&quot;), %2</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="301"/>
        <source>kind %1 is not supported; only %2 are</source>
        <translation>Kind %1 wird nicht unterstützt; unterstützt werden nur %2</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="310"/>
        <source>%1 to %2 %3/%4 is not permitted by any ReferenceGrant in namespace %3</source>
        <translation>%1 auf %2 %3/%4 ist durch keinen ReferenceGrant im Namespace %3 erlaubt</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="318"/>
        <source>%1 to Service %2 must set port (a Service reference needs a port number)</source>
        <translation>%1 auf Service %2 muss port setzen (eine Service-Referenz braucht eine Portnummer)</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="323"/>
        <source>kind Backend with the core group (&quot;&quot;) is looked up as an Envoy Gateway Backend; write group: gateway.envoyproxy.io</source>
        <translation>kind Backend mit der Core-Gruppe (&quot;&quot;) wird als Backend von Envoy Gateway aufgelöst; group: gateway.envoyproxy.io schreiben</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="333"/>
        <source>%1 %2/%3 not found in the workspace</source>
        <translation>%1 %2/%3 nicht im Arbeitsbereich gefunden</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="340"/>
        <source>Service %1/%2 is of type ExternalName, which gateways should not follow (CVE-2021-25740; Envoy Gateway refuses it); use a Backend with an FQDN endpoint instead</source>
        <translation>Service %1/%2 ist vom Typ ExternalName, dem Gateways nicht folgen sollten (CVE-2021-25740; Envoy Gateway lehnt ihn ab); stattdessen ein Backend mit FQDN-Endpunkt verwenden</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="358"/>
        <source>TCP port %1 not found on Service %2/%3</source>
        <translation>TCP-Port %1 nicht in Service %2/%3 gefunden</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="372"/>
        <source>Backend %1/%2 has a unix domain socket endpoint, which is not supported behind a route</source>
        <translation>Backend %1/%2 hat einen Unix-Domain-Socket-Endpunkt, was hinter einer Route nicht unterstützt wird</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="380"/>
        <source>Backend %1/%2 is invalid: %3</source>
        <translation>Backend %1/%2 ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="407"/>
        <source>every backend of this rule is a fallback Backend; with no primary, the fallback is simply the only backend</source>
        <translation>jedes Backend dieser Regel ist ein Fallback-Backend; ohne primäres Backend ist das Fallback einfach das einzige Backend</translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="435"/>
        <source>this rule has a fallback Backend but no BackendTrafficPolicy gives the route an active health check (or passive checks with maxEjectionPercent 100): primary endpoints are never marked unhealthy, so failover never happens</source>
        <translation>diese Regel hat ein Fallback-Backend, aber keine BackendTrafficPolicy gibt der Route einen aktiven Health-Check (oder passive Checks mit maxEjectionPercent 100): primäre Endpunkte werden nie als nicht funktionsfähig markiert, daher findet nie ein Failover statt</translation>
    </message>
</context>
<context>
    <name>bw::ScenarioRunner</name>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="189"/>
        <source>The health check policy has a problem, its default is used: %1</source>
        <translation>Die Health-Check-Konfiguration hat ein Problem, es gilt der Standardwert: %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="193"/>
        <source>%1 is not in the workspace: the simulation has no endpoints for it.</source>
        <translation>%1 ist nicht im Arbeitsbereich: die Simulation hat keine Endpunkte dafür.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="199"/>
        <source>No health check applies to %1 rule %2 (no BackendTrafficPolicy with healthCheck.active or healthCheck.passive): Envoy never marks an endpoint unhealthy, so requests keep going to endpoints that are down and the fallback never takes over.</source>
        <translation>Für %1 Regel %2 greift kein Health-Check (keine BackendTrafficPolicy mit healthCheck.active oder healthCheck.passive): Envoy markiert nie einen Endpunkt als nicht funktionsfähig, daher gehen Anfragen weiter an ausgefallene Endpunkte, und das Fallback übernimmt nie.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="205"/>
        <source>No health check applies to %1 rule %2 (no BackendTrafficPolicy with healthCheck.active or healthCheck.passive): Envoy never marks an endpoint unhealthy, so requests keep going to endpoints that are down.</source>
        <translation>Für %1 Regel %2 greift kein Health-Check (keine BackendTrafficPolicy mit healthCheck.active oder healthCheck.passive): Envoy markiert nie einen Endpunkt als nicht funktionsfähig, daher gehen Anfragen weiter an ausgefallene Endpunkte.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="213"/>
        <source>requestRate is 0: passive health checks see no answers and eject nothing.</source>
        <translation>requestRate ist 0: passive Health-Checks sehen keine Antworten und schließen nichts aus.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="215"/>
        <source>The active check interval is %1 ms, shorter than Envoy Gateway would usually be configured with; the run may take a while.</source>
        <translation>Das Intervall des aktiven Checks beträgt %1 ms und ist damit kürzer als bei Envoy Gateway üblich; der Lauf kann eine Weile dauern.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="234"/>
        <source>%1: %2 is not a backend of %3 rule %4; the event is ignored.</source>
        <translation>%1: %2 ist kein Backend von %3 Regel %4; das Ereignis wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="240"/>
        <source>%1: several backends of %2 rule %3 are called %4; name the namespace. The event is ignored.</source>
        <translation>%1: mehrere Backends von %2 Regel %3 heißen %4; bitte den Namespace angeben. Das Ereignis wird ignoriert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="253"/>
        <source>%1: %2 has %n endpoint(s), so there is no #%3; the event is ignored.</source>
        <translation>
            <numerusform>%1: %2 hat %n Endpunkt, daher gibt es kein #%3; das Ereignis wird ignoriert.</numerusform>
            <numerusform>%1: %2 hat %n Endpunkte, daher gibt es kein #%3; das Ereignis wird ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="269"/>
        <source>%1: the active check is TCP, which only connects: it does not see HTTP errors.</source>
        <translation>%1: der aktive Check ist ein TCP-Check, der nur die Verbindung aufbaut: HTTP-Fehler bemerkt er nicht.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="277"/>
        <source>%1: slow answers are no errors for passive health checks (below Envoy&apos;s 15 s route timeout); only an active check&apos;s timeout notices them.</source>
        <translation>%1: langsame Antworten sind für passive Health-Checks keine Fehler (solange sie unter Envoys Routen-Timeout von 15 s bleiben); nur der Timeout eines aktiven Checks bemerkt sie.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="283"/>
        <source>%1: status %2 is not a 5xx, so outlier detection does not count it.</source>
        <translation>%1: Status %2 ist kein 5xx, daher zählt die Ausreißererkennung (Outlier Detection) ihn nicht.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="302"/>
        <source>goes down: connections are refused</source>
        <translation>fällt aus: Verbindungen werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="307"/>
        <source>is back: answers normally</source>
        <translation>ist wieder da: antwortet normal</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="315"/>
        <source>answers %1 %2 % of the time</source>
        <translation>antwortet in %2 % der Fälle mit %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="316"/>
        <source>stops answering with errors</source>
        <translation>antwortet nicht mehr mit Fehlern</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="322"/>
        <source>answers after %1</source>
        <translation>antwortet nach %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="323"/>
        <source>answers without delay again</source>
        <translation>antwortet wieder ohne Verzögerung</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="359"/>
        <source>%n active check(s) passed in a row: healthy again</source>
        <translation>
            <numerusform>%n aktiver Check in Folge bestanden: wieder funktionsfähig</numerusform>
            <numerusform>%n aktive Checks in Folge bestanden: wieder funktionsfähig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="361"/>
        <source>active check passed: healthy again</source>
        <translation>aktiver Check bestanden: wieder funktionsfähig</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="364"/>
        <source>timed out after %1</source>
        <translation>Timeout nach %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="366"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="367"/>
        <source>answered %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="369"/>
        <source>active check %1, not an expected status: unhealthy at once</source>
        <translation>aktiver Check: %1, kein erwarteter Status: sofort nicht funktionsfähig</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="370"/>
        <source>%n active check(s) failed in a row (the last: %1): unhealthy</source>
        <translation>
            <numerusform>%n aktiver Check in Folge fehlgeschlagen (zuletzt: %1): nicht funktionsfähig</numerusform>
            <numerusform>%n aktive Checks in Folge fehlgeschlagen (zuletzt: %1): nicht funktionsfähig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="379"/>
        <source>back from ejection: an active check passed</source>
        <translation>Ausschluss aufgehoben: ein aktiver Check wurde bestanden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="412"/>
        <source>%n consecutive 5xx</source>
        <translation>
            <numerusform>%n 5xx-Antwort in Folge</numerusform>
            <numerusform>%n 5xx-Antworten in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="413"/>
        <source>%n consecutive gateway errors</source>
        <translation>
            <numerusform>%n Gateway-Fehler in Folge</numerusform>
            <numerusform>%n Gateway-Fehlern in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="423"/>
        <source>not ejected after %1: maxEjectionPercent %2 allows %3 of %4 endpoints out at once</source>
        <translation>nach %1 nicht ausgeschlossen: maxEjectionPercent %2 erlaubt, gleichzeitig nur %3 von %4 Endpunkten auszuschließen</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="432"/>
        <source>ejected after %1, for %2 (ejection %3)</source>
        <translation>nach %1 für %2 ausgeschlossen (%3. Ausschluss)</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="441"/>
        <source>back from ejection: its time is up</source>
        <translation>Ausschluss aufgehoben: die Ausschlusszeit ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/simulation/scenariorunner.cpp" line="573"/>
        <source>Outlier detection found %1 failing at %2 but did not eject it (%n time(s) refused in all): maxEjectionPercent %3 lets at most %4 of the cluster&apos;s %5 endpoints out at once, and the fallback is in the same cluster. Set maxEjectionPercent: 100 (as Envoy Gateway&apos;s failover guide does) or add an active health check.</source>
        <translation>
            <numerusform>Die Ausreißererkennung hat %1 bei %2 als fehlerhaft erkannt, aber nicht ausgeschlossen (insgesamt %n Mal verweigert): maxEjectionPercent %3 erlaubt, höchstens %4 der %5 Endpunkte des Clusters gleichzeitig auszuschließen, und das Fallback liegt im selben Cluster. maxEjectionPercent: 100 setzen (wie im Failover-Leitfaden von Envoy Gateway) oder einen aktiven Health-Check hinzufügen.</numerusform>
            <numerusform>Die Ausreißererkennung hat %1 bei %2 als fehlerhaft erkannt, aber nicht ausgeschlossen (insgesamt %n Mal verweigert): maxEjectionPercent %3 erlaubt, höchstens %4 der %5 Endpunkte des Clusters gleichzeitig auszuschließen, und das Fallback liegt im selben Cluster. maxEjectionPercent: 100 setzen (wie im Failover-Leitfaden von Envoy Gateway) oder einen aktiven Health-Check hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="589"/>
        <source>Only passive health checks, with maxEjectionPercent %1: outlier detection may eject at most %2 of the cluster&apos;s %3 endpoints at once (the fallback&apos;s count too), so failover needs maxEjectionPercent: 100 or an active check.</source>
        <translation>Nur passive Health-Checks mit maxEjectionPercent %1: die Ausreißererkennung darf höchstens %2 der %3 Endpunkte des Clusters gleichzeitig ausschließen (die des Fallbacks zählen mit), daher braucht Failover maxEjectionPercent: 100 oder einen aktiven Check.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="600"/>
        <source>%1 fails requests from %2 but is never taken out of the load balancing: nothing marks it unhealthy.</source>
        <translation>%1 lässt ab %2 Anfragen fehlschlagen, wird aber nie aus dem Load Balancing genommen: nichts markiert ihn als nicht funktionsfähig.</translation>
    </message>
    <message>
        <location filename="../core/simulation/scenariorunner.cpp" line="605"/>
        <source>From %1 a priority is in panic (fewer than %2 % of its endpoints healthy while the cluster as a whole is short): Envoy sends its share to all of its endpoints, the unhealthy ones too.</source>
        <translation>Ab %1 ist eine Priorität im Panic-Modus (weniger als %2 % ihrer Endpunkte funktionsfähig, während dem Cluster insgesamt Kapazität fehlt): Envoy verteilt ihren Anteil auf alle ihre Endpunkte, auch auf die nicht funktionsfähigen.</translation>
    </message>
</context>
<context>
    <name>bw::ScenarioTimelineModel</name>
    <message>
        <location filename="../core/models/scenariotimelinemodel.cpp" line="73"/>
        <source>%1 rule %2: share of requests over time</source>
        <translation>%1 Regel %2: Anteil der Anfragen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../core/models/scenariotimelinemodel.cpp" line="122"/>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
</context>
<context>
    <name>bw::SchemaExplainer</name>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="63"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="160"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="180"/>
        <source> -required-</source>
        <translation> -erforderlich-</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="92"/>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="95"/>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="97"/>
        <source>range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="99"/>
        <source>minimum: %1</source>
        <translation>Minimum: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="101"/>
        <source>maximum: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="103"/>
        <source>length: %1 to %2 characters</source>
        <translation>Länge: %1 bis %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="105"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="109"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="107"/>
        <source>items: %1 to %2</source>
        <translation>Einträge: %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="111"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="113"/>
        <source>pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="115"/>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="117"/>
        <source>exactly one of: %1</source>
        <translation>genau eines von: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="119"/>
        <source>at most one of: %1</source>
        <translation>höchstens eines von: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="121"/>
        <source>experimental channel only</source>
        <translation>nur im Experimental-Channel</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="141"/>
        <source>%1 has no fields; &quot;%2&quot; does not exist</source>
        <translation>%1 hat keine Felder; &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="142"/>
        <source>field &quot;%1&quot; does not exist in %2; its fields are: %3</source>
        <translation>Feld &quot;%1&quot; existiert nicht in %2; vorhandene Felder: %3</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="151"/>
        <source>KIND:     %1</source>
        <translation>KIND:      %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="152"/>
        <source>GROUP:    %1</source>
        <translation>GRUPPE:    %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="153"/>
        <source>VERSIONS: %1</source>
        <translation>VERSIONEN: %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>SCOPE:    %1</source>
        <translation>BEREICH:   %1</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>Namespaced</source>
        <translation>Namespaced</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="159"/>
        <source>FIELD:    %1 %2</source>
        <translation>FELD:      %1 %2</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="162"/>
        <source>DESCRIPTION:</source>
        <translation>BESCHREIBUNG:</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="164"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="167"/>
        <source>CONSTRAINTS:</source>
        <translation>EINSCHRÄNKUNGEN:</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="173"/>
        <source>FIELDS:</source>
        <translation>FELDER:</translation>
    </message>
</context>
<context>
    <name>bw::SchemaLoader</name>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="34"/>
        <source>%1: not a schema descriptor: %2</source>
        <translation>%1: kein Schema-Deskriptor: %2</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="52"/>
        <source>kind and versions are required</source>
        <translation>kind und versions sind erforderlich</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="79"/>
        <source>not a CustomResourceDefinition (kind is &quot;%1&quot;)</source>
        <translation>keine CustomResourceDefinition (kind ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="92"/>
        <source>spec.group and spec.names.kind are required</source>
        <translation>spec.group und spec.names.kind sind erforderlich</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="105"/>
        <source>spec.versions[%1].schema.openAPIV3Schema is missing</source>
        <translation>spec.versions[%1].schema.openAPIV3Schema fehlt</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="129"/>
        <source>%1: no CustomResourceDefinition found</source>
        <translation>%1: keine CustomResourceDefinition gefunden</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="167"/>
        <source>%1: no schema named %2</source>
        <translation>%1: kein Schema namens %2</translation>
    </message>
</context>
<context>
    <name>bw::SimulationPanel</name>
    <message>
        <location filename="../app/simulationpanel.cpp" line="119"/>
        <source>%1 (fallback)</source>
        <translation>%1 (Fallback)</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="120"/>
        <source>%1 rule %2: %3</source>
        <translation>%1 Regel %2: %3</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="126"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="127"/>
        <location filename="../app/simulationpanel.cpp" line="132"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="138"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="149"/>
        <source>The route rule whose failover is simulated</source>
        <translation>Die Routenregel, deren Failover simuliert wird</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="150"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="153"/>
        <source>Run the route&apos;s health checks against the real endpoints and let them decide which endpoints are healthy</source>
        <translation>Die Health-Checks der Route gegen die echten Endpunkte ausführen und sie entscheiden lassen, welche Endpunkte funktionsfähig sind</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="155"/>
        <source>All Healthy</source>
        <translation>Alle funktionsfähig</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="157"/>
        <source>Mark every endpoint healthy again</source>
        <translation>Alle Endpunkte wieder als funktionsfähig markieren</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="158"/>
        <source>Open Scenario…</source>
        <translation>Szenario öffnen…</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="160"/>
        <source>Open a YAML file of outages over time to play against the rule</source>
        <translation>Eine YAML-Datei mit einem zeitlichen Ablauf von Ausfällen öffnen, um sie gegen die Regel abzuspielen</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="161"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="163"/>
        <source>Play the scenario against the rule and chart each backend&apos;s share over time</source>
        <translation>Das Szenario gegen die Regel abspielen und den Anteil jedes Backends im Zeitverlauf als Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="196"/>
        <source>Open a scenario and run it to see each backend&apos;s share over time.</source>
        <translation>Ein Szenario öffnen und ausführen, um den Anteil jedes Backends im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="209"/>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="282"/>
        <source>No scenario opened.</source>
        <translation>Kein Szenario geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="383"/>
        <source>No route rule with backendRefs in the workspace.</source>
        <translation>Keine Routenregel mit backendRefs im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="396"/>
        <source>Envoy&apos;s priority loads: each priority&apos;s health is min(100, 1.4 × healthy / hosts); what priority 0 cannot carry spills to the fallback</source>
        <translation>Envoys Prioritätslasten: der Health-Wert jeder Priorität ist min(100, 1,4 × funktionsfähige / alle Hosts); was Priorität 0 nicht tragen kann, geht an das Fallback</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="441"/>
        <source>Live: first round of checks running…</source>
        <translation>Live: erste Check-Runde läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/simulationpanel.cpp" line="464"/>
        <source>Live checks stopped after %n round(s); the endpoints keep their last health.</source>
        <translation>
            <numerusform>Live-Checks nach %n Runde beendet; die Endpunkte behalten ihren letzten Zustand.</numerusform>
            <numerusform>Live-Checks nach %n Runden beendet; die Endpunkte behalten ihren letzten Zustand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="487"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="489"/>
        <location filename="../app/simulationpanel.cpp" line="491"/>
        <location filename="../app/simulationpanel.cpp" line="518"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="493"/>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="493"/>
        <source>%1, via %2</source>
        <translation>%1, über %2</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="506"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="507"/>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="519"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="523"/>
        <source>Live: %1 every %2, round %3 at %4</source>
        <translation>Live: %1 alle %2, Runde %3 um %4</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="527"/>
        <source>all checks pass</source>
        <translation>alle Checks bestanden</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="527"/>
        <source>failing: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/simulationpanel.cpp" line="529"/>
        <source>%n endpoint(s) not checked (not HOST:PORT)</source>
        <translation>
            <numerusform>%n Endpunkt nicht geprüft (kein HOST:PORT)</numerusform>
            <numerusform>%n Endpunkte nicht geprüft (kein HOST:PORT)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="531"/>
        <source>no active check configured: TCP connects with Envoy Gateway&apos;s timings</source>
        <translation>kein aktiver Check konfiguriert: TCP-Verbindungsaufbau mit den Standardzeiten von Envoy Gateway</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="557"/>
        <source>Open Failover Scenario</source>
        <translation>Failover-Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="557"/>
        <source>Failover scenarios (*.yaml *.yml);;All files (*)</source>
        <translation>Failover-Szenarien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="568"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/simulationpanel.cpp" line="583"/>
        <source>%1: %n event(s) over %2</source>
        <translation>
            <numerusform>%1: %n Ereignis über %2</numerusform>
            <numerusform>%1: %n Ereignisse über %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="635"/>
        <source>%1 on %2 rule %3</source>
        <translation>%1 auf %2 Regel %3</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="641"/>
        <source>failover starts at %1, ends at %2</source>
        <translation>Failover beginnt bei %1, endet bei %2</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="643"/>
        <source>failover starts at %1 and lasts to the end</source>
        <translation>Failover beginnt bei %1 und dauert bis zum Ende</translation>
    </message>
    <message>
        <location filename="../app/simulationpanel.cpp" line="645"/>
        <source>no failover</source>
        <translation>kein Failover</translation>
    </message>
</context>
<context>
    <name>bw::StructuralValidator</name>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="43"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="45"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="47"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="229"/>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="49"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="236"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="51"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="215"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="223"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="83"/>
        <source>%1 exists only in the experimental-channel CRD; a cluster with the standard channel drops it</source>
        <translation>%1 existiert nur in der CRD des Experimental-Channels; ein Cluster mit dem Standard-Channel verwirft es</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="90"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="98"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="104"/>
        <source>%1 must have at least %n item(s)</source>
        <translation>
            <numerusform>%1 muss mindestens %n Eintrag haben</numerusform>
            <numerusform>%1 muss mindestens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="108"/>
        <source>%1 must have at most %n item(s), it has %2</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag haben, hat aber %2</numerusform>
            <numerusform>%1 darf höchstens %n Einträge haben, hat aber %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="124"/>
        <source>%1 must be %2, not a %3</source>
        <translation>%1 muss vom Typ %2 sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="126"/>
        <source>mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="126"/>
        <source>list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="137"/>
        <source>the object</source>
        <translation>das Objekt</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="180"/>
        <source>unknown field %1; the API server drops it or, with strict validation, refuses the object</source>
        <translation>unbekanntes Feld %1; der API-Server verwirft es oder lehnt bei strikter Validierung das Objekt ab</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="185"/>
        <source>unknown field %1; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Feld %1; war &quot;%2&quot; gemeint?</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="193"/>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="194"/>
        <source>%1 is missing the required field &quot;%2&quot;</source>
        <translation>in %1 fehlt das Pflichtfeld &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="199"/>
        <source>%1 must have at least %n entries</source>
        <translation>
            <numerusform>%1 muss mindestens %n Eintrag haben</numerusform>
            <numerusform>%1 muss mindestens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="202"/>
        <source>%1 must have at most %n entries</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag haben</numerusform>
            <numerusform>%1 darf höchstens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="213"/>
        <source>%1 must be %2, not %3 (%4)</source>
        <translation>%1 muss %2 sein, ist aber %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="243"/>
        <source>a boolean (true or false)</source>
        <translation>ein boolescher Wert (true oder false)</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="263"/>
        <source>%1: unsupported value &quot;%2&quot;; supported values: %3</source>
        <translation>%1: nicht unterstützter Wert &quot;%2&quot;; unterstützte Werte: %3</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="270"/>
        <source>%1: &quot;%2&quot; is allowed only by the experimental-channel CRD</source>
        <translation>%1: &quot;%2&quot; ist nur in der CRD des Experimental-Channels erlaubt</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="286"/>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="288"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="290"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="292"/>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="297"/>
        <source>%1 must fit in a 32-bit integer, not %2</source>
        <translation>%1 muss in eine 32-Bit-Ganzzahl passen, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="306"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="307"/>
        <source>%1 must be at least %n characters long</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="312"/>
        <source>%1 must be at most %n characters long</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="313"/>
        <source>(it has %1)</source>
        <translation>(es sind %1)</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="318"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="324"/>
        <source>%1: &quot;%2&quot; does not match the required pattern %3</source>
        <translation>%1: &quot;%2&quot; entspricht nicht dem erforderlichen Muster %3</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="333"/>
        <source>%1: &quot;%2&quot; is not a duration; write it like 500ms, 5s, 1m30s or 2h</source>
        <translation>%1: &quot;%2&quot; ist keine Dauer; Schreibweise etwa 500ms, 5s, 1m30s oder 2h</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="337"/>
        <source>%1: &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation>%1: &quot;%2&quot; ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="342"/>
        <source>%1 must be base64-encoded</source>
        <translation>%1 muss base64-kodiert sein</translation>
    </message>
</context>
<context>
    <name>bw::StructuredEditor</name>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="29"/>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="31"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="33"/>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="37"/>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="89"/>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="268"/>
        <location filename="../core/document/structurededitor.cpp" line="331"/>
        <location filename="../core/document/structurededitor.cpp" line="364"/>
        <location filename="../core/document/structurededitor.cpp" line="380"/>
        <location filename="../core/document/structurededitor.cpp" line="423"/>
        <source>%1: the document is empty or could not be parsed</source>
        <translation>%1: das Dokument ist leer oder konnte nicht geparst werden</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="276"/>
        <source>%1: there is no item [%2]; %3 has %4 items (use append to add one)</source>
        <translation>%1: es gibt kein Element [%2]; %3 hat %4 Elemente (mit append eines hinzufügen)</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="285"/>
        <source>%1: cannot create list item [%2] of a list that does not exist</source>
        <translation>%1: Listenelement [%2] kann nicht angelegt werden, da die Liste nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="291"/>
        <source>%1 is an alias; edit the anchored node it refers to instead</source>
        <translation>%1 ist ein Alias; stattdessen den verankerten Knoten bearbeiten, auf den er verweist</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="297"/>
        <source>%1 is %2, so it cannot hold the field &quot;%3&quot;</source>
        <translation>%1 ist %2, kann also das Feld &quot;%3&quot; nicht enthalten</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="305"/>
        <source>%1 is %2; set one of its fields instead of replacing all of it</source>
        <translation>%1 ist %2; eines seiner Felder setzen, statt alles zu ersetzen</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="319"/>
        <source>%1: cannot replace the whole document</source>
        <translation>%1: das ganze Dokument kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="334"/>
        <location filename="../core/document/structurededitor.cpp" line="429"/>
        <location filename="../core/document/structurededitor.cpp" line="433"/>
        <location filename="../core/document/structurededitor.cpp" line="443"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="336"/>
        <location filename="../core/document/structurededitor.cpp" line="437"/>
        <source>%1 is %2, not a mapping</source>
        <translation>%1 ist %2, kein Mapping</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="338"/>
        <source>%1 already has the key &quot;%2&quot;</source>
        <translation>%1 hat bereits den Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="372"/>
        <source>%1 is %2, not a list</source>
        <translation>%1 ist %2, keine Liste</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="383"/>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="385"/>
        <source>%1: index %2 is out of range (the list has %3 items)</source>
        <translation>%1: Index %2 liegt außerhalb des Bereichs (die Liste hat %3 Elemente)</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="413"/>
        <source>%1: cannot find the &apos;-&apos; of item %2</source>
        <translation>%1: das &apos;-&apos; von Element %2 wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="425"/>
        <source>cannot remove the whole document this way</source>
        <translation>das ganze Dokument kann so nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="487"/>
        <source>%1: cannot remove this entry without rewriting its line</source>
        <translation>%1: dieser Eintrag kann nicht entfernt werden, ohne seine Zeile neu zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="509"/>
        <source>%1: cannot find the &apos;-&apos; of this item</source>
        <translation>%1: das &apos;-&apos; dieses Elements wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="521"/>
        <source>%1: cannot remove this item without rewriting its line</source>
        <translation>%1: dieses Element kann nicht entfernt werden, ohne seine Zeile neu zu schreiben</translation>
    </message>
</context>
<context>
    <name>bw::SystemTrustStore</name>
    <message>
        <location filename="../core/probe/systemtruststore.cpp" line="32"/>
        <source>the system trust store</source>
        <translation>der System-Truststore</translation>
    </message>
    <message>
        <location filename="../core/probe/systemtruststore.cpp" line="36"/>
        <source>the system trust store (%1)</source>
        <translation>der System-Truststore (%1)</translation>
    </message>
    <message>
        <location filename="../core/probe/systemtruststore.cpp" line="40"/>
        <source>cannot read the CA bundle %1: %2</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/probe/systemtruststore.cpp" line="45"/>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>bw::TopologyController</name>
    <message>
        <location filename="../app/topologycontroller.cpp" line="68"/>
        <source>Wire %1 rule %2 to %3</source>
        <translation>%1 Regel %2 mit %3 verbinden</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="92"/>
        <source>Create ReferenceGrant</source>
        <translation>ReferenceGrant anlegen</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="105"/>
        <source>%1 cannot take traffic from a route; drop a Backend, XBackend or Service</source>
        <translation>%1 kann keinen Verkehr von einer Route annehmen; ein Backend, XBackend oder einen Service ablegen</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="124"/>
        <source>Remove backendRef %1</source>
        <translation>backendRef %1 entfernen</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="138"/>
        <source>Set weight of %1</source>
        <translation>Gewicht von %1 setzen</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="168"/>
        <source>this backendRef has filters; move it in the YAML view</source>
        <translation>dieser backendRef hat Filter; bitte in der YAML-Ansicht verschieben</translation>
    </message>
    <message>
        <location filename="../app/topologycontroller.cpp" line="198"/>
        <source>Move backendRef to %1 rule %2</source>
        <translation>backendRef nach %1 Regel %2 verschieben</translation>
    </message>
</context>
<context>
    <name>bw::TopologyGraph</name>
    <message>
        <location filename="../core/topology/topologygraph.cpp" line="44"/>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <location filename="../core/topology/topologygraph.cpp" line="226"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../core/topology/topologygraph.cpp" line="283"/>
        <source>%1 %2 is not in the workspace</source>
        <translation>%1 %2 ist nicht im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>bw::TopologyView</name>
    <message>
        <location filename="../app/topologyview.cpp" line="34"/>
        <source>Highlight nodes by name</source>
        <translation>Knoten nach Namen hervorheben</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="36"/>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="39"/>
        <source>Drag a rule&apos;s dot onto a backend to route to it; select an edge and press Delete to remove it.</source>
        <translation>Den Punkt einer Regel auf ein Backend ziehen, um dorthin zu routen; eine Kante auswählen und Entf drücken, um sie zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="51"/>
        <source>Create the ReferenceGrant</source>
        <translation>ReferenceGrant anlegen</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="89"/>
        <source>Probe this backend</source>
        <translation>Dieses Backend testen</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="94"/>
        <source>Simulate failover</source>
        <translation>Failover simulieren</translation>
    </message>
    <message>
        <location filename="../app/topologyview.cpp" line="97"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>bw::TopologyWiring</name>
    <message>
        <location filename="../core/topology/topologywiring.cpp" line="31"/>
        <source>the route or the backend is no longer in the workspace</source>
        <translation>die Route oder das Backend ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/topology/topologywiring.cpp" line="55"/>
        <source>rule %1 of %2 does not exist</source>
        <translation>Regel %1 von %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/topology/topologywiring.cpp" line="67"/>
        <location filename="../core/topology/topologywiring.cpp" line="77"/>
        <source>the route is no longer in the workspace</source>
        <translation>die Route ist nicht mehr im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>bw::TrafficPolicyRules</name>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="31"/>
        <source>set either targetRef or targetRefs, not both</source>
        <translation>entweder targetRef oder targetRefs setzen, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="34"/>
        <source>the policy targets nothing: set targetRef, targetRefs or targetSelectors</source>
        <translation>die Richtlinie hat kein Ziel: targetRef, targetRefs oder targetSelectors setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="45"/>
        <source>an HTTP health check needs the http block (at least its path)</source>
        <translation>ein HTTP-Health-Check braucht den http-Block (mindestens dessen path)</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="47"/>
        <source>the http block is only used when type is HTTP</source>
        <translation>der http-Block wird nur verwendet, wenn type HTTP ist</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="49"/>
        <source>a TCP health check needs the tcp block (it may be empty: tcp: {})</source>
        <translation>ein TCP-Health-Check braucht den tcp-Block (er darf leer sein: tcp: {})</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="51"/>
        <source>the tcp block is only used when type is TCP</source>
        <translation>der tcp-Block wird nur verwendet, wenn type TCP ist</translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="53"/>
        <source>the grpc block is only used when type is GRPC</source>
        <translation>der grpc-Block wird nur verwendet, wenn type GRPC ist</translation>
    </message>
</context>
<context>
    <name>bw::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="484"/>
        <source>this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind and metadata</source>
        <translation>dieses Dokument ist %1, kein Objekt: ein Kubernetes-Manifest ist ein Mapping mit apiVersion, kind und metadata</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="486"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="486"/>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="494"/>
        <source>%1 is missing; every Kubernetes object needs it</source>
        <translation>%1 fehlt; jedes Kubernetes-Objekt braucht es</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="500"/>
        <source>%1 must be a non-empty string</source>
        <translation>%1 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="516"/>
        <source>metadata must be a mapping</source>
        <translation>metadata muss ein Mapping sein</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="538"/>
        <source>%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. Load its CRD to have it checked</source>
        <translation>%1 (%2) ist der Workbench als Kind nicht bekannt; das Objekt bleibt genau wie geschrieben erhalten, wird aber nicht geprüft. Die zugehörige CRD laden, um es prüfen zu lassen</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="837"/>
        <source>duplicate object %1: it is also defined at %2:%3; applying both makes the last one win</source>
        <translation>doppeltes Objekt %1: es ist auch in %2:%3 definiert; beim Anwenden beider gewinnt das letzte</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="1067"/>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="1183"/>
        <source>no such document</source>
        <translation>Dokument existiert nicht</translation>
    </message>
</context>
<context>
    <name>bw::WorkspaceModel</name>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="231"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="233"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="464"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="474"/>
        <source>%1 %2 (%3), line %4</source>
        <translation>%1 %2 (%3), Zeile %4</translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="475"/>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="525"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="527"/>
        <source>Kind / value</source>
        <translation>Kind / Wert</translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="529"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
</context>
<context>
    <name>bw::XBackendRules</name>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="32"/>
        <source>spec.externalHostname must be set when type is ExternalHostname</source>
        <translation>spec.externalHostname muss gesetzt sein, wenn type ExternalHostname ist</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="35"/>
        <source>spec.externalHostname must be unset unless type is ExternalHostname</source>
        <translation>spec.externalHostname darf nur gesetzt sein, wenn type ExternalHostname ist</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="43"/>
        <source>hostname %1 ends with .cluster.local; in-cluster names are refused so an external backend cannot reach cluster services (DNS rebinding, CVE-2021-25740)</source>
        <translation>Hostname %1 endet auf .cluster.local; clusterinterne Namen werden abgelehnt, damit ein externes Backend keine Cluster-Services erreichen kann (DNS-Rebinding, CVE-2021-25740)</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="48"/>
        <source>hostname %1 is an IP address; the spec asks for a DNS name here</source>
        <translation>Hostname %1 ist eine IP-Adresse; die Spezifikation verlangt hier einen DNS-Namen</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="52"/>
        <source>traffic to an external hostname without TLS is sent in clear text; set tls.mode to ServerOnly with a validation block</source>
        <translation>Verkehr zu einem externen Hostnamen ohne TLS wird im Klartext gesendet; tls.mode auf ServerOnly mit einem validation-Block setzen</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="60"/>
        <source>tls.clientCertificateRef must be set when mode is ClientAndServer</source>
        <translation>tls.clientCertificateRef muss gesetzt sein, wenn mode ClientAndServer ist</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="61"/>
        <source>tls.clientCertificateRef must be unset unless mode is ClientAndServer</source>
        <translation>tls.clientCertificateRef darf nur gesetzt sein, wenn mode ClientAndServer ist</translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="69"/>
        <source>port name &quot;%1&quot; must be a valid DNS label (lower case letters, digits and &apos;-&apos;)</source>
        <translation>Portname &quot;%1&quot; muss ein gültiges DNS-Label sein (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
</context>
<context>
    <name>bw::YamlEditor</name>
    <message>
        <location filename="../app/yamleditor.cpp" line="265"/>
        <source>Quick fix: %1</source>
        <translation>Schnellkorrektur: %1</translation>
    </message>
</context>
<context>
    <name>bw::YamlParser</name>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="440"/>
        <source>YAML syntax error: this quoted string is never closed (no matching %1)</source>
        <translation>YAML-Syntaxfehler: diese Zeichenkette in Anführungszeichen wird nie geschlossen (kein passendes %1)</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="532"/>
        <source>duplicate key &quot;%1&quot; in this mapping; the API server rejects it and other tools keep only one of the values</source>
        <translation>doppelter Schlüssel &quot;%1&quot; in diesem Mapping; der API-Server lehnt das ab, und andere Werkzeuge behalten nur einen der Werte</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="553"/>
        <source>nesting is deeper than %1 levels; the rest of this document was not read</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; der Rest dieses Dokuments wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="656"/>
        <source>this alias refers to a node that contains it; recursive aliases are not allowed</source>
        <translation>dieser Alias verweist auf einen Knoten, der ihn selbst enthält; rekursive Aliase sind nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="677"/>
        <source>aliases here expand to more than %1 nodes; refusing a possible alias bomb (the API server refuses excessive aliasing too)</source>
        <translation>Aliase ergeben hier mehr als %1 Knoten; eine mögliche Alias-Bombe wird abgelehnt (auch der API-Server lehnt übermäßiges Aliasing ab)</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="829"/>
        <source>tab character used for indentation; YAML allows only spaces here</source>
        <translation>Tabulatorzeichen zur Einrückung verwendet; YAML erlaubt hier nur Leerzeichen</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="833"/>
        <source>nesting is too deep to read safely</source>
        <translation>Verschachtelung ist zu tief, um sie sicher zu lesen</translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="837"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
</TS>
