<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bw::CommandLineTool</name>
    <message>
        <location filename="../app/commandlinetool.cpp" line="57"/>
        <source>Usage: backend-workbench [PATH...]            open the workbench window
       backend-workbench COMMAND [OPTIONS] ...

Edit, check and ship Kubernetes Gateway API backend configuration.

Commands:
  validate [--format text|json] PATH...
        Check files or folders. Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].
        Exit 0 when there is no error, 1 when there is one, 2 on usage or unreadable input.
  export [-o OUT] [--force] PATH...
        Write the objects of the given files as one multi-document YAML (stdout by default).
        A single untouched file comes out byte for byte. Refuses files with errors unless --force.
  set FILE [--resource KIND/[NAMESPACE/]NAME] FIELD=VALUE... [FIELD-...]
        Edit fields in place, keeping comments and formatting; FIELD like spec.endpoints[0].fqdn.port.
        VALUE is read as YAML reads it (8443 is a number); quote it (&apos;&quot;8443&quot;&apos;) for a string.
        A field already holding a string stays a string. FIELD- removes the field.

Options for every command:
  --max-file-size MB   refuse files larger than this (default 64)
  --namespace NS       namespace for objects that do not name one (default &quot;default&quot;)
  -h, --help           show this help
  -v, --version        show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="85"/>
        <source>Try &apos;backend-workbench --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="96"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="106"/>
        <source>--max-file-size takes a size in megabytes, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="121"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="143"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="161"/>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="163"/>
        <source>unknown option &quot;%1&quot; for validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="169"/>
        <source>validate needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="202"/>
        <source>%1 resources in %2 files: %3 errors, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="230"/>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="235"/>
        <source>unknown option &quot;%1&quot; for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="241"/>
        <source>export needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="257"/>
        <source>export refused: the input has errors (use --force to export it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="265"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="273"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="295"/>
        <source>--resource needs KIND/[NAMESPACE/]NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="300"/>
        <source>unknown option &quot;%1&quot; for set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="308"/>
        <source>set needs a file and at least one FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="322"/>
        <source>%1 was not changed: fix its syntax errors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="339"/>
        <source>--resource takes KIND/NAME or KIND/NAMESPACE/NAME, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="346"/>
        <source>--resource %1 matches more than one object in %2; add the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="357"/>
        <source>%1 holds %2 objects; choose one with --resource KIND/[NAMESPACE/]NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="360"/>
        <source>%1 has no object %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="381"/>
        <source>&quot;%1&quot; is not FIELD=VALUE or FIELD-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="394"/>
        <source>%1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandlinetool.cpp" line="402"/>
        <source>%1 was not changed: the edit would have left it unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="60"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="62"/>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="64"/>
        <source>%1: the file is %2 MB, over the %3 MB limit for one file; it was not opened (raise the limit with --max-file-size if it really is a manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="70"/>
        <location filename="../core/document/document.cpp" line="77"/>
        <location filename="../core/document/document.cpp" line="254"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="73"/>
        <source>%1: the file grew past the %2 MB limit while it was read; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="174"/>
        <source>invalid UTF-8 (byte 0x%1); manifests must be UTF-8, so this file was not read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="226"/>
        <source>%1: cannot read the file before saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="229"/>
        <source>%1: the file changed on disk since it was opened; nothing was written. Reload it to see the other change, or save again choosing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="236"/>
        <location filename="../core/document/document.cpp" line="239"/>
        <location filename="../core/document/document.cpp" line="242"/>
        <source>%1: cannot write: %2</source>
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
        <location filename="../app/mainwindow.cpp" line="34"/>
        <source>Backend Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="55"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="89"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>Open manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>YAML manifests (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>%n object(s) in %1 file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="162"/>
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
        <location filename="../core/document/structurededitor.cpp" line="329"/>
        <location filename="../core/document/structurededitor.cpp" line="364"/>
        <location filename="../core/document/structurededitor.cpp" line="380"/>
        <location filename="../core/document/structurededitor.cpp" line="424"/>
        <source>%1: the document is empty or could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="276"/>
        <source>%1: there is no item [%2]; %3 has %4 items (use append to add one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="286"/>
        <source>%1: cannot create list item [%2] of a list that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="290"/>
        <source>%1 is an alias; edit the anchored node it refers to instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="295"/>
        <source>%1 is %2, so it cannot hold the field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="304"/>
        <source>%1 is %2; set one of its fields instead of replacing all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="317"/>
        <source>%1: cannot replace the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="332"/>
        <location filename="../core/document/structurededitor.cpp" line="430"/>
        <location filename="../core/document/structurededitor.cpp" line="434"/>
        <location filename="../core/document/structurededitor.cpp" line="444"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="334"/>
        <location filename="../core/document/structurededitor.cpp" line="438"/>
        <source>%1 is %2, not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="336"/>
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
        <location filename="../core/document/structurededitor.cpp" line="414"/>
        <source>%1: cannot find the &apos;-&apos; of item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="426"/>
        <source>cannot remove the whole document this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="488"/>
        <source>%1: cannot remove this entry without rewriting its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="510"/>
        <source>%1: cannot find the &apos;-&apos; of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/document/structurededitor.cpp" line="522"/>
        <source>%1: cannot remove this item without rewriting its line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="206"/>
        <source>this document is %1, not an object: a Kubernetes manifest is a mapping with apiVersion, kind and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="208"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="208"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="216"/>
        <source>%1 is missing; every Kubernetes object needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="222"/>
        <source>%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="237"/>
        <source>metadata must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="253"/>
        <source>%1 (%2) is not a kind the workbench knows; it is kept exactly as written but not checked. Load its CRD to have it checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="324"/>
        <source>duplicate object %1: it is also defined at %2:%3; applying both makes the last one win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="422"/>
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
        <location filename="../core/models/workspacemodel.cpp" line="333"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="343"/>
        <source>%1 %2 (%3), line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="344"/>
        <source>%1: line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="386"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="388"/>
        <source>Kind / value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/workspacemodel.cpp" line="390"/>
        <source>Namespace</source>
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
        <location filename="../core/document/yamlparser.cpp" line="657"/>
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
