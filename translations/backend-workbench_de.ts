<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bw::ApoxyBackendRules</name>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="33"/>
        <source>a dynamicProxy Backend needs exactly one endpoint; endpoints cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="36"/>
        <source>a dynamicProxy Backend takes only one endpoint, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="43"/>
        <source>%1 must be at least %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="57"/>
        <source>endpoint %1 sets both ip and fqdn; they cannot be specified together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="62"/>
        <source>%1 is not a valid IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="65"/>
        <source>%1 is the unspecified address; Apoxy cannot route to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/apoxybackendrules.cpp" line="69"/>
        <source>%1 is not a fully qualified domain name; it needs at least two labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::BackendTlsPolicyRules</name>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="37"/>
        <source>validation must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="40"/>
        <source>validation must set caCertificateRefs or wellKnownCACertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="51"/>
        <source>a subjectAltName of type Hostname must set hostname and not uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="54"/>
        <source>a subjectAltName of type URI must set uri and not hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="61"/>
        <source>wellKnownCACertificates &quot;%1&quot; is not supported; Envoy Gateway knows only System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="90"/>
        <source>targetRefs name %1 %2 more than once; each must carry its own, distinct sectionName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="98"/>
        <source>a BackendTLSPolicy can target a Service, an MCS ServiceImport or an Envoy Gateway Backend, not %1 (InvalidKind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="106"/>
        <source>target %1 %2/%3 is not in the workspace; the policy applies to nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/backendtlspolicyrules.cpp" line="120"/>
        <source>BackendTLSPolicy %1 already targets %2 %3%4; this policy loses the conflict (Conflicted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::CertificateRefCheck</name>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="47"/>
        <source>Envoy Gateway will reject this: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="59"/>
        <source>CA certificate ref must be a ConfigMap or Secret in the core group (group &quot;&quot;), not %1 (InvalidKind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="66"/>
        <source>CA certificate %1 is not in the workspace (InvalidCACertificateRef)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/certificaterefcheck.cpp" line="71"/>
        <source>%1 has no &quot;ca.crt&quot; key holding the CA bundle (InvalidCACertificateRef)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::CommandLineTool</name>
    <message>
        <location filename="../app/commandlinetool.cpp" line="68"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="100"/>
        <source>Try &apos;backend-workbench --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="111"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="118"/>
        <source>%1: cannot read the CRD file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="138"/>
        <source>--max-file-size takes a size in megabytes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="153"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="177"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="195"/>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="197"/>
        <source>unknown option &quot;%1&quot; for validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="203"/>
        <source>validate needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="235"/>
        <source>%1 resources in %2 files: %3 errors, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="263"/>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="268"/>
        <source>unknown option &quot;%1&quot; for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="274"/>
        <source>export needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="290"/>
        <source>export refused: the input has errors (use --force to export it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="298"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="306"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="330"/>
        <source>--api-version needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="333"/>
        <source>unknown option &quot;%1&quot; for explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="337"/>
        <source>explain takes one KIND[.FIELD...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="341"/>
        <source>explain needs a kind, e.g. backend-workbench explain Backend.spec.endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="360"/>
        <source>explain: no kind &quot;%1&quot;%2 is known; load its CRD with --crd FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="361"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="382"/>
        <source>Also known in: %1 (choose with --api-version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="403"/>
        <source>--resource needs KIND/[NAMESPACE/]NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="408"/>
        <source>unknown option &quot;%1&quot; for set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="416"/>
        <source>set needs a file and at least one FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="430"/>
        <source>%1 was not changed: fix its syntax errors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="447"/>
        <source>--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="454"/>
        <source>--resource %1 matches more than one object in %2; add the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="465"/>
        <source>%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="468"/>
        <source>%1 has no object %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="489"/>
        <source>&quot;%1&quot; is not FIELD=VALUE or FIELD-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="502"/>
        <source>%1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="510"/>
        <source>%1 was not changed: the edit would have left it unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::DiagnosticsModel</name>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="250"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="252"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="254"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/diagnosticsmodel.cpp" line="256"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="61"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="63"/>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="65"/>
        <source>%1: the file is %2 MB, over the %3 MB limit for one file; it was not opened (raise the limit with --max-file-size if it really is a manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="71"/>
        <location filename="../core/document/document.cpp" line="78"/>
        <location filename="../core/document/document.cpp" line="264"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="74"/>
        <source>%1: the file grew past the %2 MB limit while it was read; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="173"/>
        <source>invalid UTF-8 (byte 0x%1); manifests must be UTF-8, so this file was not read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="235"/>
        <source>%1: cannot read the file before saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="238"/>
        <source>%1: the file changed on disk since it was opened; nothing was written. Reload it to see the other change, or save again choosing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="246"/>
        <location filename="../core/document/document.cpp" line="249"/>
        <location filename="../core/document/document.cpp" line="252"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::EnvoyBackendRules</name>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="27"/>
        <source>Envoy Gateway will reject this Backend: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="95"/>
        <source>hostname %1 is an IP address; use an ip endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="99"/>
        <source>hostname %1 should be a domain with at least two segments separated by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="111"/>
        <source>a DynamicResolver Backend cannot have endpoints; it resolves the request&apos;s host itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="115"/>
        <source>a DynamicResolver Backend cannot use autoSNIFromEndpointHostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="131"/>
        <source>endpoint %1 must set one of fqdn, ip or unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="134"/>
        <source>endpoint %1 sets more than one of fqdn, ip and unix; only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="149"/>
        <source>%1 is not a valid IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="154"/>
        <source>IP address %1 is in the %2 range, which Envoy Gateway on Kubernetes does not allow as a backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="164"/>
        <source>unix domain socket path must not exceed 108 characters (it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="169"/>
        <source>autoSNIFromEndpointHostname is on, so IP and unix endpoints must set hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="173"/>
        <source>fqdn endpoints cannot be mixed with ip or unix endpoints in one Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="188"/>
        <source>tls must not set both caCertificateRefs and wellKnownCACertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="191"/>
        <source>tls must not set caCertificateRefs or wellKnownCACertificates when insecureSkipVerify is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="195"/>
        <source>tls.sni and tls.autoSNIFromEndpointHostname are mutually exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="200"/>
        <source>ciphers have no effect when minVersion is 1.3; remove them or lower minVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="206"/>
        <source>maxVersion %1 is below the default minVersion 1.2; set minVersion too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="208"/>
        <source>minVersion %1 must not be greater than maxVersion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="212"/>
        <source>insecureSkipVerify turns off verification of the backend&apos;s certificate: anyone on the path can impersonate it; give a CA instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="241"/>
        <source>tls must name caCertificateRefs or wellKnownCACertificates (or a BackendTLSPolicy with a CA must target this Backend) unless insecureSkipVerify is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="249"/>
        <source>clientCertificateRef Secret must be in the Backend&apos;s namespace %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="256"/>
        <source>BackendTLSPolicy %1/%2 applies to this Backend%3; where both set a value (SNI, CA, verified name) the policy wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/envoybackendrules.cpp" line="259"/>
        <source> on port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::FieldPath</name>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="28"/>
        <source>invalid field path &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="35"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="61"/>
        <source>unterminated quoted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="69"/>
        <source>an index must be a number in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="73"/>
        <source>index out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="82"/>
        <source>empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="86"/>
        <source>it ends with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="90"/>
        <source>expected &apos;.&apos; or &apos;[&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/fieldpath.cpp" line="95"/>
        <source>unexpected &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="35"/>
        <source>Backend Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="70"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="105"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="107"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>Open manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="132"/>
        <source>YAML manifests (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>%n object(s) in %1 file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="162"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="188"/>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>These files have changes that are not saved:
%1

Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::NameSyntax</name>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="86"/>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="88"/>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="90"/>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="92"/>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="94"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="96"/>
        <source>shared (CGNAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/namesyntax.cpp" line="98"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::RouteRules</name>
    <message>
        <location filename="../core/validation/routerules.cpp" line="27"/>
        <source>Envoy Gateway will reject this backendRef (ResolvedRefs False, %1): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="174"/>
        <source>a RequestRedirect filter cannot be used in a rule that has backendRefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="192"/>
        <source>every backendRef of rule %1 has weight 0, so the rule sends no traffic: its requests get HTTP 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="203"/>
        <source>dynamic resolver is not supported for multiple backendRefs; rule %1 answers HTTP 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="231"/>
        <source>a %1 filter must set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="232"/>
        <source>a %1 filter must set %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="235"/>
        <source>a %1 filter must not set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="244"/>
        <source>URLRewrite path modifier is not supported within a backendRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="245"/>
        <source>a %1 filter is not supported within a backendRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="254"/>
        <source>only one of percent or fraction may be set in a RequestMirror filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="260"/>
        <source>fraction numerator %1 must not exceed the denominator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="278"/>
        <source>RequestMirror backendRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="278"/>
        <source>backendRef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="291"/>
        <source>group %1 is not supported; only the core group (&quot;&quot;), %2 are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="298"/>
        <source>kind %1 is not supported; only %2 are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="307"/>
        <source>%1 to %2 %3/%4 is not permitted by any ReferenceGrant in namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="315"/>
        <source>%1 to Service %2 must set port (a Service reference needs a port number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="320"/>
        <source>kind Backend with the core group (&quot;&quot;) is looked up as an Envoy Gateway Backend; write group: gateway.envoyproxy.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="329"/>
        <source>%1 %2/%3 not found in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="336"/>
        <source>Service %1/%2 is of type ExternalName, which gateways should not follow (CVE-2021-25740; Envoy Gateway refuses it); use a Backend with an FQDN endpoint instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="354"/>
        <source>TCP port %1 not found on Service %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="368"/>
        <source>Backend %1/%2 has a unix domain socket endpoint, which is not supported behind a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="376"/>
        <source>Backend %1/%2 is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="403"/>
        <source>every backend of this rule is a fallback Backend; with no primary, the fallback is simply the only backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/routerules.cpp" line="432"/>
        <source>this rule has a fallback Backend but no BackendTrafficPolicy gives the route an active health check (or passive checks with maxEjectionPercent 100): primary endpoints are never marked unhealthy, so failover never happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::SchemaExplainer</name>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="63"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="160"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="180"/>
        <source> -required-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="92"/>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="95"/>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="97"/>
        <source>range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="99"/>
        <source>minimum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="101"/>
        <source>maximum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="103"/>
        <source>length: %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="105"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="109"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="107"/>
        <source>items: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="111"/>
        <location filename="../core/schema/schemaexplainer.cpp" line="113"/>
        <source>pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="115"/>
        <source>format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="117"/>
        <source>exactly one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="119"/>
        <source>at most one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="121"/>
        <source>experimental channel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="141"/>
        <source>%1 has no fields; &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="142"/>
        <source>field &quot;%1&quot; does not exist in %2; its fields are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="151"/>
        <source>KIND:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="152"/>
        <source>GROUP:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="153"/>
        <source>VERSIONS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>SCOPE:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>Namespaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="154"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="159"/>
        <source>FIELD:    %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="162"/>
        <source>DESCRIPTION:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="164"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="167"/>
        <source>CONSTRAINTS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaexplainer.cpp" line="173"/>
        <source>FIELDS:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::SchemaLoader</name>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="34"/>
        <source>%1: not a schema descriptor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="52"/>
        <source>kind and versions are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="79"/>
        <source>not a CustomResourceDefinition (kind is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="92"/>
        <source>spec.group and spec.names.kind are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="105"/>
        <source>spec.versions[%1].schema.openAPIV3Schema is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="129"/>
        <source>%1: no CustomResourceDefinition found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/schema/schemaloader.cpp" line="167"/>
        <source>%1: no schema named %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::StructuralValidator</name>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="43"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="45"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="47"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="229"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="49"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="236"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="51"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="215"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="223"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="83"/>
        <source>%1 exists only in the experimental-channel CRD; a cluster with the standard channel drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="90"/>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="98"/>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="104"/>
        <source>%1 must have at least %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="108"/>
        <source>%1 must have at most %n item(s), it has %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="124"/>
        <source>%1 must be %2, not a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="126"/>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="126"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="137"/>
        <source>the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="180"/>
        <source>unknown field %1; the API server drops it or, with strict validation, refuses the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="185"/>
        <source>unknown field %1; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="193"/>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="194"/>
        <source>%1 is missing the required field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="199"/>
        <source>%1 must have at least %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="202"/>
        <source>%1 must have at most %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="213"/>
        <source>%1 must be %2, not %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="243"/>
        <source>a boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="263"/>
        <source>%1: unsupported value &quot;%2&quot;; supported values: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="270"/>
        <source>%1: &quot;%2&quot; is allowed only by the experimental-channel CRD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="286"/>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="288"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="290"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="292"/>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="297"/>
        <source>%1 must fit in a 32-bit integer, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="306"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="307"/>
        <source>%1 must be at least %n characters long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/validation/structuralvalidator.cpp" line="312"/>
        <source>%1 must be at most %n characters long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="313"/>
        <source>(it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="318"/>
        <location filename="../core/validation/structuralvalidator.cpp" line="324"/>
        <source>%1: &quot;%2&quot; does not match the required pattern %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="333"/>
        <source>%1: &quot;%2&quot; is not a duration; write it like 500ms, 5s, 1m30s or 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="337"/>
        <source>%1: &quot;%2&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/structuralvalidator.cpp" line="342"/>
        <source>%1 must be base64-encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::StructuredEditor</name>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="29"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="31"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="33"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="35"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="37"/>
        <source>an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="89"/>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="268"/>
        <location filename="../core/document/structurededitor.cpp" line="331"/>
        <location filename="../core/document/structurededitor.cpp" line="364"/>
        <location filename="../core/document/structurededitor.cpp" line="380"/>
        <location filename="../core/document/structurededitor.cpp" line="423"/>
        <source>%1: the document is empty or could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="276"/>
        <source>%1: there is no item [%2]; %3 has %4 items (use append to add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="285"/>
        <source>%1: cannot create list item [%2] of a list that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="291"/>
        <source>%1 is an alias; edit the anchored node it refers to instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="297"/>
        <source>%1 is %2, so it cannot hold the field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="305"/>
        <source>%1 is %2; set one of its fields instead of replacing all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="319"/>
        <source>%1: cannot replace the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="334"/>
        <location filename="../core/document/structurededitor.cpp" line="429"/>
        <location filename="../core/document/structurededitor.cpp" line="433"/>
        <location filename="../core/document/structurededitor.cpp" line="443"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="336"/>
        <location filename="../core/document/structurededitor.cpp" line="437"/>
        <source>%1 is %2, not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="338"/>
        <source>%1 already has the key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="372"/>
        <source>%1 is %2, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="383"/>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="385"/>
        <source>%1: index %2 is out of range (the list has %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="413"/>
        <source>%1: cannot find the &apos;-&apos; of item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="425"/>
        <source>cannot remove the whole document this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="487"/>
        <source>%1: cannot remove this entry without rewriting its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="509"/>
        <source>%1: cannot find the &apos;-&apos; of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="521"/>
        <source>%1: cannot remove this item without rewriting its line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::TrafficPolicyRules</name>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="31"/>
        <source>set either targetRef or targetRefs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="34"/>
        <source>the policy targets nothing: set targetRef, targetRefs or targetSelectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="45"/>
        <source>an HTTP health check needs the http block (at least its path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="47"/>
        <source>the http block is only used when type is HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="49"/>
        <source>a TCP health check needs the tcp block (it may be empty: tcp: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="51"/>
        <source>the tcp block is only used when type is TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/trafficpolicyrules.cpp" line="53"/>
        <source>the grpc block is only used when type is GRPC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="238"/>
        <source>this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="240"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="240"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="248"/>
        <source>%1 is missing; every Kubernetes object needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="254"/>
        <source>%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="269"/>
        <source>metadata must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="292"/>
        <source>%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. Load its CRD to have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="545"/>
        <source>duplicate object %1: it is also defined at %2:%3; applying both makes the last one win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="644"/>
        <source>no such document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::WorkspaceModel</name>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="160"/>
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="162"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/workspacemodel.cpp" line="353"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="363"/>
        <source>%1 %2 (%3), line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="364"/>
        <source>%1: line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="406"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="408"/>
        <source>Kind / value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="410"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::XBackendRules</name>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="32"/>
        <source>spec.externalHostname must be set when type is ExternalHostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="35"/>
        <source>spec.externalHostname must be unset unless type is ExternalHostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="43"/>
        <source>hostname %1 ends with .cluster.local; in-cluster names are refused so an external backend cannot reach cluster services (DNS rebinding, CVE-2021-25740)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="48"/>
        <source>hostname %1 is an IP address; the spec asks for a DNS name here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="52"/>
        <source>traffic to an external hostname without TLS is sent in clear text; set tls.mode to ServerOnly with a validation block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="60"/>
        <source>tls.clientCertificateRef must be set when mode is ClientAndServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="61"/>
        <source>tls.clientCertificateRef must be unset unless mode is ClientAndServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validation/xbackendrules.cpp" line="69"/>
        <source>port name &quot;%1&quot; must be a valid DNS label (lower case letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::YamlParser</name>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="440"/>
        <source>YAML syntax error: this quoted string is never closed (no matching %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="532"/>
        <source>duplicate key &quot;%1&quot; in this mapping; the API server rejects it and other tools keep only one of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="553"/>
        <source>nesting is deeper than %1 levels; the rest of this document was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="656"/>
        <source>this alias refers to a node that contains it; recursive aliases are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="677"/>
        <source>aliases here expand to more than %1 nodes; refusing a possible alias bomb (the API server refuses excessive aliasing too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="829"/>
        <source>tab character used for indentation; YAML allows only spaces here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="833"/>
        <source>nesting is too deep to read safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/yamlparser.cpp" line="837"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
