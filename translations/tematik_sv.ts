<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CodeStore</name>
    <message>
        <source>A code needs a name.</source>
        <translation>En kod behöver ett namn.</translation>
    </message>
    <message>
        <source>A code name cannot contain “/”: %1</source>
        <translation>Ett kodnamn får inte innehålla ”/”: %1</translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation>”%1” är ingen färg; skriv den som #rrggbb.</translation>
    </message>
    <message>
        <source>There is no parent code with id %1.</source>
        <translation>Det finns ingen överordnad kod med id %1.</translation>
    </message>
    <message>
        <source>There is already a code named “%1” here.</source>
        <translation>Det finns redan en kod med namnet ”%1” här.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Det finns ingen kod med id %1.</translation>
    </message>
    <message>
        <source>Cannot rename the code: %1</source>
        <translation>Det gick inte att byta namn på koden: %1</translation>
    </message>
    <message>
        <source>Cannot change the colour of the code: %1</source>
        <translation>Det gick inte att ändra kodens färg: %1</translation>
    </message>
    <message>
        <source>Cannot change the description of the code: %1</source>
        <translation>Det gick inte att ändra kodens beskrivning: %1</translation>
    </message>
</context>
<context>
    <name>CodingStore</name>
    <message>
        <source>A coding needs a non-empty range (start %1, end %2).</source>
        <translation>En kodning kan inte ha ett tomt intervall (start %1, slut %2).</translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation>Det finns ingen källa med id %1.</translation>
    </message>
    <message>
        <source>The range %1–%2 lies outside the source, which has %3 characters.</source>
        <translation>Intervallet %1–%2 ligger utanför källan, som har %3 tecken.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Det finns ingen kod med id %1.</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>Det finns ingen kodning med id %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>fel: %1</translation>
    </message>
    <message>
        <source>no source named “%1” in %2</source>
        <translation>det finns ingen källa med namnet ”%1” i %2</translation>
    </message>
    <message>
        <source>--coder needs a name</source>
        <translation>--coder kräver ett namn</translation>
    </message>
    <message>
        <source>--encoding needs an encoding name</source>
        <translation>--encoding kräver namnet på en teckenkodning</translation>
    </message>
    <message>
        <source>--color needs a colour</source>
        <translation>--color kräver en färg</translation>
    </message>
    <message>
        <source>--description needs a text</source>
        <translation>--description kräver en text</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name kräver ett namn</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>okänd flagga %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>okänt kommando %1</translation>
    </message>
    <message>
        <source>new takes one project file</source>
        <translation>new förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <source>import takes a project and at least one file</source>
        <translation>import förväntar sig ett projekt och minst en fil</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>sources takes one project file</source>
        <translation>sources förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>text takes a project and a source</source>
        <translation>text förväntar sig ett projekt och en källa</translation>
    </message>
    <message>
        <source>turns takes a project and a source</source>
        <translation>turns förväntar sig ett projekt och en källa</translation>
    </message>
    <message>
        <source>codes takes one project file</source>
        <translation>codes förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>codes add takes a project and a code path</source>
        <translation>codes add förväntar sig ett projekt och en kodsökväg</translation>
    </message>
    <message>
        <source>Added code %1 (id %2)</source>
        <translation>Lade till koden %1 (id %2)</translation>
    </message>
    <message>
        <source>code takes a project, a source, a code, a start and an end</source>
        <translation>code förväntar sig ett projekt, en källa, en kod, en startposition och en slutposition</translation>
    </message>
    <message>
        <source>no code “%1”</source>
        <translation>det finns ingen kod ”%1”</translation>
    </message>
    <message>
        <source>start and end must be whole numbers (code points)</source>
        <translation>start och slut måste vara heltal (kodpunkter)</translation>
    </message>
    <message>
        <source>Added coding %1</source>
        <translation>Lade till kodning %1</translation>
    </message>
    <message>
        <source>codings takes a project and optionally a source</source>
        <translation>codings förväntar sig ett projekt och eventuellt en källa</translation>
    </message>
    <message>
        <source>info takes one project file</source>
        <translation>info förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>formats takes no arguments</source>
        <translation>formats förväntar sig inga argument</translation>
    </message>
    <message>
        <source>demo takes one project file</source>
        <translation>demo förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>Created the demo project %1</source>
        <translation>Skapade demoprojektet %1</translation>
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
        <translation>Användning: tematik-cli [--json] [--coder NAME] COMMAND ARGUMENTS
Kommandon:
  new PROJECT [--name NAME]          skapa en tom projektfil
  import PROJECT FILE... [--encoding ENC]
                                     importera filer som källor, en transaktion per fil
  sources PROJECT                    lista källor: namn, format, teckenkodning, tecken, talarturer
  text PROJECT SOURCE                skriv ut en källas lagrade text exakt
  turns PROJECT SOURCE               lista en källas talarturer
  codes PROJECT                      lista kodboken
  codes add PROJECT PATH [--color #rrggbb] [--description TEXT]
                                     lägg till en kod; PATH är Överkod/Underkod för en underkod
  code PROJECT SOURCE CODE START END lägg till en kodning över [START, END) i tecken (kodpunkter)
  codings PROJECT [SOURCE]           lista kodningar med källa, kod, intervall och text
  info PROJECT                       visa hur många källor, koder, kodningar… projektet har
  formats                            lista filformaten som kan importeras
  demo PROJECT                       skapa demoprojektet från den medföljande korpusen
SOURCE är en källas namn, dess filnamn eller dess numeriska id.
</translation>
    </message>
    <message>
        <source>Imported %1 as “%2”: %3, %4, %5, %6</source>
        <translation>Importerade %1 som ”%2”: %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln tecken</numerusform>
            <numerusform>%Ln tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n talartur</numerusform>
            <numerusform>%n talarturer</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no code “%1” to put “%2” under; add that code first</source>
        <translation>det finns ingen kod ”%1” att lägga ”%2” under; lägg till den koden först</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>Projektet %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot create the project %1: a file with that name already exists.</source>
        <translation>Det går inte att skapa projektet %1: det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 är en mapp, inte en projektfil.</translation>
    </message>
    <message>
        <source>Cannot open the project %1: %2.</source>
        <translation>Det går inte att öppna projektet %1: %2.</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
    <message>
        <source>The project %1 is open read-only.</source>
        <translation>Projektet %1 är öppet i skrivskyddat läge.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>demo code without parent: %1</source>
        <translation>demokod utan överordnad kod: %1</translation>
    </message>
    <message>
        <source>demo coding refers to a missing source or code: %1</source>
        <translation>demokodning hänvisar till en källa eller kod som saknas: %1</translation>
    </message>
    <message>
        <source>demo quote not found in %1: %2</source>
        <translation>democitatet hittades inte i %1: %2</translation>
    </message>
    <message>
        <source>Demo coder</source>
        <translation>Demokodare</translation>
    </message>
    <message>
        <source>Could not build the demo project: %1</source>
        <translation>Det gick inte att skapa demoprojektet: %1</translation>
    </message>
    <message>
        <source>The demo corpus is missing from this copy of Tematik.</source>
        <translation>Demokorpusen saknas i den här kopian av Tematik.</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation>Oformaterad text</translation>
    </message>
    <message>
        <source>The encoding was guessed as %1; check the text for garbled letters.</source>
        <translation>Teckenkodningen gissades till %1; kontrollera att inga bokstäver i texten har blivit förvanskade.</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>filen innehåller ingen text</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Cannot create the project %1: %2</source>
        <translation>Det går inte att skapa projektet %1: %2</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>En kodare behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is not a Tematik project (%2).</source>
        <translation>%1 är inte ett Tematik-projekt (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Tematik project.</source>
        <translation>%1 är inte ett Tematik-projekt.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tematik (project format %2; this version reads formats up to %3). Open it with the newer version.</source>
        <translation>%1 har sparats av en nyare version av Tematik (projektformat %2; den här versionen kan läsa format till och med %3). Öppna projektet med den nyare versionen.</translation>
    </message>
    <message>
        <source>%1 is a damaged Tematik project: it has no format version.</source>
        <translation>%1 är ett skadat Tematik-projekt: formatversion saknas.</translation>
    </message>
    <message>
        <source>%1 uses an older project format and must be upgraded, but it is open read-only.</source>
        <translation>%1 använder ett äldre projektformat och måste uppgraderas, men projektet är öppet i skrivskyddat läge.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to project format %2: %3</source>
        <translation>Det gick inte att uppgradera %1 till projektformat %2: %3</translation>
    </message>
    <message>
        <source>Could not upgrade %1: the upgraded project has broken references.</source>
        <translation>Det gick inte att uppgradera %1: det uppgraderade projektet innehåller trasiga referenser.</translation>
    </message>
</context>
<context>
    <name>SourceImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the file is %1 MB, over the limit of %2 MB</source>
        <translation>filen är %1 MB, vilket överskrider gränsen på %2 MB</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>could not be read completely</source>
        <translation>kunde inte läsas helt</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported</source>
        <translation>den här typen av fil kan inte importeras</translation>
    </message>
    <message>
        <source>the same file was imported before as “%1”</source>
        <translation>samma fil har redan importerats som ”%1”</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>Untitled source</source>
        <translation>Namnlös källa</translation>
    </message>
    <message>
        <source>A speaker turn lies outside the text of %1.</source>
        <translation>En talartur ligger utanför texten i %1.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>En källa behöver ett namn.</translation>
    </message>
    <message>
        <source>Cannot rename the source to “%1”: %2</source>
        <translation>Det går inte att byta namn på källan till ”%1”: %2</translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation>Det finns ingen källa med id %1.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>unknown character encoding “%1”</source>
        <translation>okänd teckenkodning ”%1”</translation>
    </message>
    <message>
        <source>the character encoding could not be recognised (not UTF-8, UTF-16, windows-1252 or ISO-8859-1)</source>
        <translation>teckenkodningen kunde inte kännas igen (varken UTF-8, UTF-16, windows-1252 eller ISO-8859-1)</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 med BOM</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (identifierad)</translation>
    </message>
    <message>
        <source>%1, CRLF line breaks</source>
        <translation>%1, CRLF-radbrytningar</translation>
    </message>
    <message>
        <source>%1, CR line breaks</source>
        <translation>%1, CR-radbrytningar</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file holds binary data (NUL bytes), not text</source>
        <translation>filen innehåller binärdata (NUL-byte), inte text</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-8 character (byte %1); it may have been cut short</source>
        <translation>filen slutar mitt i ett UTF-8-tecken (byte %1); den kan ha blivit avkortad</translation>
    </message>
    <message>
        <source>the file is UTF-8 but has an invalid byte sequence at byte %1; it may be damaged or mix two encodings</source>
        <translation>filen är i UTF-8 men har en ogiltig bytesekvens vid byte %1; den kan vara skadad eller blanda två teckenkodningar</translation>
    </message>
    <message>
        <source>the file holds binary data or control characters, not text</source>
        <translation>filen innehåller binärdata eller styrtecken, inte text</translation>
    </message>
    <message>
        <source>the bytes near offset %1 cannot be decoded as %2</source>
        <translation>byten kring position %1 kan inte avkodas som %2</translation>
    </message>
    <message>
        <source>character encoding detection is not available</source>
        <translation>identifiering av teckenkodning är inte tillgänglig</translation>
    </message>
    <message>
        <source>the character encoding could not be detected</source>
        <translation>teckenkodningen kunde inte identifieras</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for qualitative analysis.</source>
        <translation>Ett verktyg för kvalitativ analys.</translation>
    </message>
    <message>
        <source>Open the demo project (made on first use).</source>
        <translation>Öppna demoprojektet (skapas första gången).</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Projektfil som ska öppnas.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation>Spara en bild av fönstret som PNG-fil och avsluta.</translation>
    </message>
</context>
<context>
    <name>tematik::MainWindow</name>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>%1 — Tematik</source>
        <translation>%1 — Tematik</translation>
    </message>
    <message>
        <source>Tematik</source>
        <translation>Tematik</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Inget projekt är öppet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projektet kunde inte öppnas</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Tematik projects (*.tematik)</source>
        <translation>Tematik-projekt (*.tematik)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projektet kunde inte skapas</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>Tematik projects (*.tematik);;All files (*)</source>
        <translation>Tematik-projekt (*.tematik);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <source>All supported files</source>
        <translation>Alla filer som stöds</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>   ⚠ %1</source>
        <translation>   ⚠ %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n källa</numerusform>
            <numerusform>%n källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kod</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodningar</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1: %2, %3</source>
        <translation>✓ %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n talartur</numerusform>
            <numerusform>%n talarturer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>Importerade %1 av %n fil.</numerusform>
            <numerusform>Importerade %1 av %n filer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::SourceListModel</name>
    <message>
        <source>%1
Imported from %2 (%3)</source>
        <translation>%1
Importerad från %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln tecken</numerusform>
            <numerusform>%Ln tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker turn(s)</source>
        <translation>
            <numerusform>%n talartur</numerusform>
            <numerusform>%n talarturer</numerusform>
        </translation>
    </message>
</context>
</TS>
