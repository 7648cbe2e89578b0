<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CodeStore</name>
    <message>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code name cannot contain “/”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no parent code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code named “%1” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the colour of the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the description of the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingStore</name>
    <message>
        <source>A coding needs a non-empty range (start %1, end %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 lies outside the source, which has %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source named “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coder needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding needs an encoding name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color needs a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--description needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes a project and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text takes a project and a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns takes a project and a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes add takes a project and a code path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added code %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code takes a project, a source, a code, a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end must be whole numbers (code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added coding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codings takes a project and optionally a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tematik-cli [--json] [--coder NAME] COMMAND ARGUMENTS
Commands:
  new PROJECT [--name NAME]          create an empty project file
  import PROJECT FILE... [--encoding ENC]
                                     import files as sources, one transaction each
  sources PROJECT                    list sources: name, format, encoding, code points, turns
  text PROJECT SOURCE                print a source&apos;s stored plain text exactly
  turns PROJECT SOURCE               list a source&apos;s speaker turns
  codes PROJECT                      list the codebook
  codes add PROJECT PATH [--color #rrggbb] [--description TEXT]
                                     add a code; PATH is Parent/Child for a child code
  code PROJECT SOURCE CODE START END add a coding over [START, END) in code points
  codings PROJECT [SOURCE]           list codings with source, code, range and text
  info PROJECT                       show how many sources, codes, codings… it holds
  formats                            list the file formats that can be imported
  demo PROJECT                       create the demo project from the bundled corpus
SOURCE is a source name, its file name, or its numeric id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as “%2”: %3, %4, %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n speaker turn</numerusform>
            <numerusform>%n speaker turns</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no code “%1” to put “%2” under; add that code first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>demo code without parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo coding refers to a missing source or code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo quote not found in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the demo project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo corpus is missing from this copy of Tematik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding was guessed as %1; check the text for garbled letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is not a Tematik project (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tematik project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tematik (project format %2; this version reads formats up to %3). Open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged Tematik project: it has no format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older project format and must be upgraded, but it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1 to project format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1: the upgraded project has broken references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, over the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file was imported before as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>Untitled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker turn lies outside the text of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the source to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>unknown character encoding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character encoding could not be recognised (not UTF-8, UTF-16, windows-1252 or ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CRLF line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CR line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data (NUL bytes), not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-8 character (byte %1); it may have been cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-8 but has an invalid byte sequence at byte %1; it may be damaged or mix two encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data or control characters, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes near offset %1 cannot be decoded as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character encoding detection is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character encoding could not be detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for qualitative analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project (made on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MainWindow</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tematik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tematik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tematik projects (*.tematik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tematik projects (*.tematik);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n speaker turn</numerusform>
            <numerusform>%n speaker turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>Imported %1 of %n file.</numerusform>
            <numerusform>Imported %1 of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::SourceListModel</name>
    <message>
        <source>%1
Imported from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n speaker turn</numerusform>
            <numerusform>%n speaker turns</numerusform>
        </translation>
    </message>
</context>
</TS>
