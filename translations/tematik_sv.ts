<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>AttributeBarChart</name>
    <message>
        <source>Segments by case attribute</source>
        <translation>Segment efter fallegenskap</translation>
    </message>
    <message>
        <source>%1 has no case attributes to compare segments by</source>
        <translation>%1 har inga fallegenskaper att jämföra segment efter</translation>
    </message>
    <message>
        <source>choose a case attribute: %1</source>
        <translation>välj en fallegenskap: %1</translation>
    </message>
    <message>
        <source>%1 has no case attribute “%2”; it has %3</source>
        <translation>%1 har ingen fallegenskap ”%2”; det har %3</translation>
    </message>
    <message>
        <source>no case in %1 has a value for “%2”</source>
        <translation>inget fall i %1 har något värde för ”%2”</translation>
    </message>
    <message>
        <source>Coded segments by %1</source>
        <translation>Kodade segment efter %1</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ej angivet)</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>No segments of %1 are coded with the codes of a theme yet</source>
        <translation>Inga segment i %1 är ännu kodade med koderna i något tema</translation>
    </message>
</context>
<context>
    <name>CaptionTranscript</name>
    <message>
        <source>line %1: “%2” is not followed by a cue timing “start --&gt; end”; skipped</source>
        <translation>rad %1: ”%2” följs inte av en tidsangivelse ”start --&gt; slut”; hoppades över</translation>
    </message>
    <message>
        <source>line %1: the cue timing “%2” is malformed; the cue was skipped</source>
        <translation>rad %1: tidsangivelsen ”%2” är felaktig; textremsan hoppades över</translation>
    </message>
    <message>
        <source>line %1: the cue holds no text; skipped</source>
        <translation>rad %1: textremsan har ingen text; hoppades över</translation>
    </message>
    <message>
        <source>line %1: the cue ends at %2, before it begins at %3; kept as written</source>
        <translation>rad %1: textremsan slutar %2, innan den börjar %3; behölls som den står</translation>
    </message>
    <message>
        <source>no caption cues were found</source>
        <translation>inga textremsor hittades</translation>
    </message>
    <message>
        <source>no caption cue could be read (%1)</source>
        <translation>ingen textremsa kunde läsas (%1)</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the table has no column “%1”</source>
        <translation>tabellen har ingen kolumn ”%1”</translation>
    </message>
    <message>
        <source>row %1 has no %2 and was left out</source>
        <translation>rad %1 saknar %2 och utelämnades</translation>
    </message>
    <message>
        <source>row %1 repeats “%2” and was left out</source>
        <translation>rad %1 upprepar ”%2” och utelämnades</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>A case needs a name.</source>
        <translation>Ett fall behöver ett namn.</translation>
    </message>
    <message>
        <source>There is already a case named “%1”.</source>
        <translation>Det finns redan ett fall som heter ”%1”.</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Det finns inget fall med id %1.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>En egenskap behöver ett namn.</translation>
    </message>
    <message>
        <source>The attribute “%1” exists already, with another type (%2).</source>
        <translation>Egenskapen ”%1” finns redan, med en annan typ (%2).</translation>
    </message>
    <message>
        <source>There is no attribute with id %1.</source>
        <translation>Det finns ingen egenskap med id %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value for “%3”.</source>
        <translation>”%1” är inte ett giltigt värde av typen %2 för ”%3”.</translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>Det finns ingen talare med id %1.</translation>
    </message>
</context>
<context>
    <name>CodeMatrix</name>
    <message>
        <source>Could not read the codings of %1: %2</source>
        <translation>Det gick inte att läsa kodningarna i %1: %2</translation>
    </message>
    <message>
        <source>%1 has no case attribute named “%2”.</source>
        <translation>%1 har ingen fallegenskap som heter ”%2”.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <source>Code × code: overlapping segments</source>
        <translation>Kod × kod: överlappande segment</translation>
    </message>
    <message>
        <source>Code × code: segments in the same turn</source>
        <translation>Kod × kod: segment i samma talartur</translation>
    </message>
    <message>
        <source>Code × %1</source>
        <translation>Kod × %1</translation>
    </message>
    <message>
        <source>Code × source</source>
        <translation>Kod × källa</translation>
    </message>
    <message>
        <source>Each cell: the segments of the row&apos;s code that overlap a segment of the column&apos;s code. Diagonal: all segments of the code.</source>
        <translation>Varje cell: segmenten med radens kod som överlappar ett segment med kolumnens kod. Diagonalen: alla segment med koden.</translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the row&apos;s code that overlaps a segment of the column&apos;s code. Diagonal: all participants with the code.</source>
        <translation>Varje cell: deltagarna med ett segment med radens kod som överlappar ett segment med kolumnens kod. Diagonalen: alla deltagare med koden.</translation>
    </message>
    <message>
        <source>Each cell: the segments of the row&apos;s code in a speaker turn that also has the column&apos;s code. Diagonal: all segments of the code.</source>
        <translation>Varje cell: segmenten med radens kod i en talartur som också har kolumnens kod. Diagonalen: alla segment med koden.</translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the row&apos;s code in a speaker turn that also has the column&apos;s code. Diagonal: all participants with the code.</source>
        <translation>Varje cell: deltagarna med ett segment med radens kod i en talartur som också har kolumnens kod. Diagonalen: alla deltagare med koden.</translation>
    </message>
    <message>
        <source>Each cell: the segments of the code from participants with that value of %1.</source>
        <translation>Varje cell: kodens segment från deltagare med det värdet på %1.</translation>
    </message>
    <message>
        <source>Each cell: the participants with that value of %1 who have a segment of the code.</source>
        <translation>Varje cell: deltagarna med det värdet på %1 som har ett segment med koden.</translation>
    </message>
    <message>
        <source>Each cell: the segments of the code in the source.</source>
        <translation>Varje cell: kodens segment i källan.</translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the code in the source.</source>
        <translation>Varje cell: deltagarna med ett segment med koden i källan.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deltagare</numerusform>
            <numerusform>%Ln deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 totalt</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
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
    <message>
        <source>Cannot change the definition of the code: %1</source>
        <translation>Kan inte ändra kodens definition: %1</translation>
    </message>
    <message>
        <source>There is already a code named “%1” at the top level.</source>
        <translation>Det finns redan en kod som heter ”%1” på översta nivån.</translation>
    </message>
    <message>
        <source>There is already a code named “%1” under “%2”.</source>
        <translation>Det finns redan en kod som heter ”%1” under ”%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under itself or one of its own subcodes.</source>
        <translation>”%1” kan inte flyttas under sig själv eller någon av sina egna underkoder.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself or one of its own subcodes.</source>
        <translation>”%1” kan inte slås ihop med sig själv eller någon av sina egna underkoder.</translation>
    </message>
    <message>
        <source>Cannot merge “%1” into “%2”: both have a subcode named “%3”. Rename or merge one of them first.</source>
        <translation>Kan inte slå ihop ”%1” med ”%2”: båda har en underkod som heter ”%3”. Byt namn på eller slå ihop en av dem först.</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>Det finns ingen kodning med id %1.</translation>
    </message>
    <message>
        <source>There is already a code with the GUID %1.</source>
        <translation>Det finns redan en kod med GUID %1.</translation>
    </message>
</context>
<context>
    <name>CodebookTable</name>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>När den används</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>När den inte används</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
</context>
<context>
    <name>CodebookXml</name>
    <message>
        <source>When to use: %1</source>
        <translation>När den ska användas: %1</translation>
    </message>
    <message>
        <source>When not to use: %1</source>
        <translation>När den inte ska användas: %1</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exempel: %1</translation>
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
    <message>
        <source>A coding (%1–%2) ends past the end of “%3”, which has %4 characters.</source>
        <translation>En kodning (%1–%2) slutar efter slutet av ”%3”, som har %4 tecken.</translation>
    </message>
    <message>
        <source>Codings are being loaded already.</source>
        <translation>Kodningar läses redan in.</translation>
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
    <message>
        <source>cases takes one project file</source>
        <translation>cases förväntar sig en projektfil</translation>
    </message>
    <message>
        <source>cases import takes a project and a table file</source>
        <translation>cases import förväntar sig ett projekt och en tabellfil</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %1 added, %2 updated; %n speaker(s) linked to cases</source>
        <translation>
            <numerusform>Fall: %1 tillagda, %2 uppdaterade; %n talare kopplad till fall</numerusform>
            <numerusform>Fall: %1 tillagda, %2 uppdaterade; %n talare kopplade till fall</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers takes a project and optionally a source</source>
        <translation>speakers förväntar sig ett projekt och eventuellt en källa</translation>
    </message>
    <message>
        <source>speakers link takes a project, a source, a speaker label and a case</source>
        <translation>speakers link förväntar sig ett projekt, en källa, en talaretikett och ett fall</translation>
    </message>
    <message>
        <source>no speaker “%1” in %2</source>
        <translation>ingen talare ”%1” i %2</translation>
    </message>
    <message>
        <source>no case “%1”</source>
        <translation>inget fall ”%1”</translation>
    </message>
    <message>
        <source>Linked %1 in %2 to %3</source>
        <translation>Kopplade %1 i %2 till %3</translation>
    </message>
    <message>
        <source>Unlinked %1 in %2</source>
        <translation>Tog bort kopplingen för %1 i %2</translation>
    </message>
    <message>
        <source>survey import takes a project and a table file</source>
        <translation>survey import förväntar sig ett projekt och en tabellfil</translation>
    </message>
    <message>
        <source>survey import needs --text-columns</source>
        <translation>survey import behöver --text-columns</translation>
    </message>
    <message>
        <source>Survey: %1 respondents, %2 answers</source>
        <translation>Enkät: %1 svarande, %2 svar</translation>
    </message>
    <message>
        <source>--id-column needs a column name</source>
        <translation>--id-column behöver ett kolumnnamn</translation>
    </message>
    <message>
        <source>%1 needs column names separated by commas</source>
        <translation>%1 behöver kolumnnamn åtskilda av kommatecken</translation>
    </message>
    <message>
        <source>codes describe takes a project and a code</source>
        <translation>codes describe tar ett projekt och en kod</translation>
    </message>
    <message>
        <source>codes describe needs --definition, --when, --when-not or --example</source>
        <translation>codes describe behöver --definition, --when, --when-not eller --example</translation>
    </message>
    <message>
        <source>Described code %1</source>
        <translation>Beskrev koden %1</translation>
    </message>
    <message>
        <source>codes move takes a project and a code</source>
        <translation>codes move tar ett projekt och en kod</translation>
    </message>
    <message>
        <source>codes move needs either --parent PARENT or --top</source>
        <translation>codes move behöver antingen --parent ÖVERKOD eller --top</translation>
    </message>
    <message>
        <source>Moved code %1</source>
        <translation>Flyttade koden %1</translation>
    </message>
    <message>
        <source>codes merge takes a project, the code to merge and the code to merge it into</source>
        <translation>codes merge tar ett projekt, koden som ska slås ihop och koden den ska slås ihop med</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (codings moved: %3, already coded there: %4; subcodes moved: %5)</source>
        <translation>Slog ihop %1 med %2 (kodningar flyttade: %3, redan kodade där: %4; underkoder flyttade: %5)</translation>
    </message>
    <message>
        <source>%1 needs a text</source>
        <translation>%1 behöver en text</translation>
    </message>
    <message>
        <source>--parent needs a code</source>
        <translation>--parent behöver en kod</translation>
    </message>
    <message>
        <source>--position needs a number from 1</source>
        <translation>--position behöver ett tal från 1</translation>
    </message>
    <message>
        <source>--source needs a source</source>
        <translation>--source behöver en källa</translation>
    </message>
    <message>
        <source>--code needs a code path</source>
        <translation>--code behöver en kodsökväg</translation>
    </message>
    <message>
        <source>memos takes one project file</source>
        <translation>memos tar en projektfil</translation>
    </message>
    <message>
        <source>memos add takes a project and the memo’s text</source>
        <translation>memos add tar ett projekt och memots text</translation>
    </message>
    <message>
        <source>a memo is on a source or on a code, not on both</source>
        <translation>ett memo gäller en källa eller en kod, inte båda</translation>
    </message>
    <message>
        <source>Added memo %1</source>
        <translation>Lade till memo %1</translation>
    </message>
    <message>
        <source>--theme needs a theme name</source>
        <translation>--theme behöver ett temanamn</translation>
    </message>
    <message>
        <source>--dimension needs a dimension name</source>
        <translation>--dimension behöver ett dimensionsnamn</translation>
    </message>
    <message>
        <source>--attribute needs NAME=VALUE</source>
        <translation>--attribute behöver NAMN=VÄRDE</translation>
    </message>
    <message>
        <source>--context needs a number of characters</source>
        <translation>--context behöver ett antal tecken</translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .%2</source>
        <translation>kan inte skriva %1: filnamnet måste sluta på .%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows written as %2</source>
        <translation>
            <numerusform>%1: %n rad skriven som %2</numerusform>
            <numerusform>%1: %n rader skrivna som %2</numerusform>
        </translation>
    </message>
    <message>
        <source>search takes a project and a query</source>
        <translation>search tar ett projekt och en sökfråga</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) with %1</source>
        <translation>
            <numerusform>Kodade %n träff med %1</numerusform>
            <numerusform>Kodade %n träffar med %1</numerusform>
        </translation>
    </message>
    <message>
        <source>themes takes one project file</source>
        <translation>themes tar en projektfil</translation>
    </message>
    <message>
        <source>themes add takes a project and a name</source>
        <translation>themes add tar ett projekt och ett namn</translation>
    </message>
    <message>
        <source>no dimension “%1”</source>
        <translation>ingen dimension ”%1”</translation>
    </message>
    <message>
        <source>dimensions add takes a project and a name</source>
        <translation>dimensions add tar ett projekt och ett namn</translation>
    </message>
    <message>
        <source>themes assign takes a project, a code and a theme (or --none)</source>
        <translation>themes assign tar ett projekt, en kod och ett tema (eller --none)</translation>
    </message>
    <message>
        <source>no theme “%1”</source>
        <translation>inget tema ”%1”</translation>
    </message>
    <message>
        <source>themes status takes a project, a theme and candidate, reviewed or final</source>
        <translation>themes status tar ett projekt, ett tema och candidate, reviewed eller final</translation>
    </message>
    <message>
        <source>a theme&apos;s status is candidate, reviewed or final, not “%1”</source>
        <translation>ett temas status är candidate, reviewed eller final, inte ”%1”</translation>
    </message>
    <message>
        <source>segments takes one project file</source>
        <translation>segments tar en projektfil</translation>
    </message>
    <message>
        <source>segments needs one of --code, --theme and --dimension</source>
        <translation>segments behöver en av --code, --theme och --dimension</translation>
    </message>
    <message>
        <source>--attribute needs NAME=VALUE, or NAME for export figure and export matrix</source>
        <translation>--attribute behöver NAMN=VÄRDE, eller NAMN för export figure och export matrix</translation>
    </message>
    <message>
        <source>--measure needs segments or participants</source>
        <translation>--measure behöver segments eller participants</translation>
    </message>
    <message>
        <source>--pseudonym-attribute needs an attribute name</source>
        <translation>--pseudonym-attribute behöver ett egenskapsnamn</translation>
    </message>
    <message>
        <source>export table takes a project, a table (%1) and an output file</source>
        <translation>export table tar ett projekt, en tabell (%1) och en utdatafil</translation>
    </message>
    <message>
        <source>unknown table %1: use one of %2</source>
        <translation>okänd tabell %1: använd en av %2</translation>
    </message>
    <message>
        <source>no case attribute named “%1” to take pseudonyms from</source>
        <translation>ingen fallegenskap som heter ”%1” att hämta pseudonymer från</translation>
    </message>
    <message>
        <source>export figure takes a project, a kind of figure (%1) and an output file</source>
        <translation>export figure tar ett projekt, en figurtyp (%1) och en utdatafil</translation>
    </message>
    <message>
        <source>unknown figure %1: use %2</source>
        <translation>okänd figur %1: använd %2</translation>
    </message>
    <message>
        <source>cannot write %1: tematik-cli writes figures as SVG only; export PNG or PDF from the app&apos;s figure view, or convert the SVG</source>
        <translation>kan inte skriva %1: tematik-cli skriver figurer endast som SVG; exportera PNG eller PDF från figurvyn i programmet, eller konvertera SVG-filen</translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .svg</source>
        <translation>kan inte skriva %1: filnamnet måste sluta på .svg</translation>
    </message>
    <message>
        <source>figure %1 needs one --attribute NAME, the case attribute to compare</source>
        <translation>figuren %1 behöver en --attribute NAMN, den fallegenskap som ska jämföras</translation>
    </message>
    <message>
        <source>%1: %2 written as SVG</source>
        <translation>%1: %2 skrevs som SVG</translation>
    </message>
    <message>
        <source>export matrix takes a project, a matrix (overlap, same-turn, attribute or sources) and an output file</source>
        <translation>export matrix tar ett projekt, en matris (overlap, same-turn, attribute eller sources) och en utdatafil</translation>
    </message>
    <message>
        <source>unknown matrix %1: use overlap, same-turn, attribute or sources</source>
        <translation>okänd matris %1: använd overlap, same-turn, attribute eller sources</translation>
    </message>
    <message>
        <source>export matrix attribute needs --attribute NAME</source>
        <translation>export matrix attribute behöver --attribute NAMN</translation>
    </message>
    <message>
        <source>--measure is segments or participants</source>
        <translation>--measure är segments eller participants</translation>
    </message>
    <message>
        <source>no theme or dimension “%1”</source>
        <translation>inget tema och ingen dimension ”%1”</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation>--date behöver ett datum som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>--verdict needs confirmed, revised or questioned</source>
        <translation>--verdict behöver confirmed, revised eller questioned</translation>
    </message>
    <message>
        <source>meetings takes one project file</source>
        <translation>meetings tar en projektfil</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s)</source>
        <translation>
            <numerusform>%n omdöme</numerusform>
            <numerusform>%n omdömen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n synpunkt</numerusform>
            <numerusform>%n synpunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>meetings add takes a project and the meeting’s title</source>
        <translation>meetings add tar ett projekt och mötets titel</translation>
    </message>
    <message>
        <source>meetings add needs --date YYYY-MM-DD</source>
        <translation>meetings add behöver --date ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Added meeting %1</source>
        <translation>Lade till möte %1</translation>
    </message>
    <message>
        <source>%1 meetings are titled “%2”: give the meeting’s id</source>
        <translation>%1 möten har titeln ”%2”: ange mötets id</translation>
    </message>
    <message>
        <source>no meeting titled “%1” in %2</source>
        <translation>inget möte med titeln ”%1” i %2</translation>
    </message>
    <message>
        <source>feedback add takes a project, a meeting, a theme and the feedback’s text</source>
        <translation>feedback add tar ett projekt, ett möte, ett tema och återkopplingens text</translation>
    </message>
    <message>
        <source>a verdict is on a theme, not on the whole meeting</source>
        <translation>ett omdöme gäller ett tema, inte hela mötet</translation>
    </message>
    <message>
        <source>no theme or dimension named “%1”</source>
        <translation>inget tema eller ingen dimension som heter ”%1”</translation>
    </message>
    <message>
        <source>Added feedback %1</source>
        <translation>Lade till återkoppling %1</translation>
    </message>
    <message>
        <source>feedback takes one project file</source>
        <translation>feedback tar en projektfil</translation>
    </message>
    <message>
        <source>export qdpx takes a project and an output file</source>
        <translation>export qdpx tar ett projekt och en utfil</translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .qdpx</source>
        <translation>kan inte skriva %1: filnamnet måste sluta på .qdpx</translation>
    </message>
    <message>
        <source>%1: project written as REFI-QDA project exchange</source>
        <translation>%1: projektet skrevs som REFI-QDA-projektutbyte</translation>
    </message>
    <message>
        <source>export codebook takes a project and an output file</source>
        <translation>export codebook tar ett projekt och en utfil</translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .qdc</source>
        <translation>kan inte skriva %1: filnamnet måste sluta på .qdc</translation>
    </message>
    <message>
        <source>%1: codebook written as REFI-QDA codebook</source>
        <translation>%1: kodboken skrevs som REFI-QDA-kodbok</translation>
    </message>
    <message>
        <source>Imported the codebook %1. %2</source>
        <translation>Importerade kodboken %1. %2</translation>
    </message>
    <message>
        <source>a REFI-QDA project (.qdpx) is imported on its own, into a new or empty project</source>
        <translation>ett REFI-QDA-projekt (.qdpx) importeras för sig, till ett nytt eller tomt projekt</translation>
    </message>
    <message>
        <source>Imported the project %1 into %2. %3</source>
        <translation>Importerade projektet %1 till %2. %3</translation>
    </message>
    <message>
        <source>Close it there, or wait until that command has finished, then try again; commands that only read the project (listing, search, export) work meanwhile.</source>
        <translation>Stäng det där, eller vänta tills det kommandot är klart, och försök sedan igen; kommandon som bara läser projektet (listning, sökning, export) fungerar under tiden.</translation>
    </message>
    <message>
        <source>backup takes list, take or restore</source>
        <translation>backup tar list, take eller restore</translation>
    </message>
    <message>
        <source>backup list takes one project file</source>
        <translation>backup list tar en projektfil</translation>
    </message>
    <message>
        <source>%1 sources, %2 codes, %3 codings, %4 themes, %5 memos</source>
        <translation>%1 källor, %2 koder, %3 kodningar, %4 teman, %5 memon</translation>
    </message>
    <message>
        <source>%1 has no backups in %2</source>
        <translation>%1 har inga säkerhetskopior i %2</translation>
    </message>
    <message>
        <source>backup take takes one project file</source>
        <translation>backup take tar en projektfil</translation>
    </message>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>Projektet %1 finns inte.</translation>
    </message>
    <message>
        <source>unchanged since the backup %1</source>
        <translation>oförändrat sedan säkerhetskopian %1</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>säkerhetskopierat till %1</translation>
    </message>
    <message>
        <source>backup restore takes a project file and a backup (its number in backup list, or its file)</source>
        <translation>backup restore tar en projektfil och en säkerhetskopia (dess nummer i backup list, eller dess fil)</translation>
    </message>
    <message>
        <source>%1 has no backup number %2; backup list shows them</source>
        <translation>%1 har ingen säkerhetskopia nummer %2; backup list visar dem</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>återställde %1 från %2</translation>
    </message>
    <message>
        <source>the project as it was is kept as %1; restore it to undo</source>
        <translation>projektet som det var sparas som %1; återställ den för att ångra</translation>
    </message>
    <message>
        <source>Usage: tematik-cli [--json] [--coder NAME] COMMAND ARGUMENTS
Commands:
  new PROJECT [--name NAME]          create an empty project file
  import PROJECT FILE... [--encoding ENC]
                                     import files as sources, one transaction each; a REFI-QDA
                                     codebook (.qdc) adds its codes and sets, and says what it
                                     kept, changed and dropped
  import PROJECT FILE.qdpx           import a REFI-QDA project into a new PROJECT (made here)
                                     or an empty one, and say what was kept, changed, dropped
  sources PROJECT                    list sources: name, format, encoding, code points, turns
  text PROJECT SOURCE                print a source&apos;s stored plain text exactly
  turns PROJECT SOURCE               list a source&apos;s speaker turns
  codes PROJECT                      list the codebook
  codes add PROJECT PATH [--color #rrggbb] [--definition TEXT]
                                     add a code; PATH is Parent/Child for a child code
  codes describe PROJECT CODE [--definition TEXT] [--when TEXT] [--when-not TEXT] [--example TEXT]
                                     set a code&apos;s definition, when to use it, when not, an example
  codes move PROJECT CODE --parent PARENT|--top [--position N]
                                     nest or reorder a code; N counts from 1 (default: last)
  codes merge PROJECT FROM INTO      merge code FROM into INTO: its codings and subcodes move over
  code PROJECT SOURCE CODE START END add a coding over [START, END) in code points
  codings PROJECT [SOURCE]           list codings with source, code, range and text
  info PROJECT                       show how many sources, codes, codings… it holds
  formats                            list the file formats that can be imported
  demo PROJECT [--coded]             create the demo project from the bundled corpus; --coded:
                                     only its first codings, no themes yet, to practise on
  cases PROJECT                      list cases with their attribute values
  cases import PROJECT TABLE [--id-column NAME]
                                     import a CSV or XLSX participant table as cases
  speakers PROJECT [SOURCE]          list speakers with their cases
  speakers link PROJECT SOURCE LABEL CASE
                                     link a speaker to a case (CASE - unlinks)
  survey import PROJECT TABLE --text-columns A,B [--id-column NAME] [--attribute-columns C,D]
                                     import open-ended survey answers as sources
  memos PROJECT                      list memos: what each is on, when it changed, its first line
  memos add PROJECT TEXT [--source SOURCE | --code PATH]
                                     write a memo on a source, a code or else the project
  themes PROJECT                     list dimensions and themes with their codes and codings
  themes add PROJECT NAME [--dimension D] [--definition TEXT]
                                     add a theme, in dimension D or at the top level
  dimensions add PROJECT NAME [--definition TEXT]
                                     add a dimension
  themes assign PROJECT CODE THEME|--none
                                     put a code in a theme, or in none
  themes status PROJECT THEME candidate|reviewed|final
                                     set a theme&apos;s status
  segments PROJECT (--code PATH | --theme NAME | --dimension NAME) [--attribute NAME=VALUE] [--exemplars]
                                     list coded segments with source, speaker, case, range and text
  meetings PROJECT                   list member-checking meetings: date, title, themes planned,
                                     verdicts given, remarks
  meetings add PROJECT TITLE --date YYYY-MM-DD
                                     add a meeting showing every theme with its exemplars
  feedback PROJECT                   print the feedback from member checking as a table
  feedback add PROJECT MEETING THEME TEXT [--verdict confirmed|revised|questioned]
                                     record what participants said about a theme at a meeting
                                     (MEETING: its title or id; THEME -: the whole meeting)
  search PROJECT QUERY [--context N] [--code PATH]
                                     find words, &quot;phrases&quot; and prefixes* in every source, as
                                     lines in context; --code codes every hit (one transaction)
  export table PROJECT TABLE OUT [--all-segments] [--no-speaker] [--pseudonymise]
               [--pseudonym-attribute NAME]
                                     write a report table: meaning-units, data-structure,
                                     codebook, participants or member-checking; OUT ends in
                                     .xlsx, .docx, .odt, .csv, .html or .md
  export figure PROJECT data-structure|thematic-map|bars-themes|bars-attribute OUT.svg
                [--attribute NAME]   draw a figure as SVG (PNG and PDF: from the app)
  export matrix PROJECT overlap|same-turn|attribute|sources OUT [--attribute NAME]
                [--measure segments|participants] [--theme NAME] [--pseudonymise]
                                     write a code matrix as a heat-shaded table; --theme
                                     keeps the codes of a theme or dimension
  export qdpx PROJECT OUT.qdpx       write the whole project as REFI-QDA project exchange,
                                     for other QDA software
  export codebook PROJECT OUT.qdc    write the codebook as a REFI-QDA codebook file
  backup list PROJECT                list the project&apos;s backups, newest first: number, time,
                                     kind, bytes, what it holds, file
  backup take PROJECT                back the project up now (unless the newest backup holds
                                     the same); the app does this whenever it opens a project
  backup restore PROJECT BACKUP      put a backup (its number in backup list, or its file) in
                                     the project&apos;s place; the project as it was is kept as a
                                     backup first, so the restore can be undone
SOURCE is a source name, its file name, or its numeric id.
</source>
        <translation>Användning: tematik-cli [--json] [--coder NAME] COMMAND ARGUMENTS
Kommandon:
  new PROJECT [--name NAME]          skapa en tom projektfil
  import PROJECT FILE... [--encoding ENC]
                                     importera filer som källor, en transaktion per fil; en
                                     REFI-QDA-kodbok (.qdc) lägger till sina koder och mängder
                                     och berättar vad som behölls, ändrades och utelämnades
  import PROJECT FILE.qdpx           importera ett REFI-QDA-projekt till ett nytt PROJECT (skapas
                                     här) eller ett tomt, och berätta vad som behölls, ändrades
                                     och utelämnades
  sources PROJECT                    lista källor: namn, format, teckenkodning, tecken, talarturer
  text PROJECT SOURCE                skriv ut en källas lagrade text exakt
  turns PROJECT SOURCE               lista en källas talarturer
  codes PROJECT                      lista kodboken
  codes add PROJECT PATH [--color #rrggbb] [--definition TEXT]
                                     lägg till en kod; PATH är Överkod/Underkod för en underkod
  codes describe PROJECT CODE [--definition TEXT] [--when TEXT] [--when-not TEXT] [--example TEXT]
                                     ange en kods definition, när den används, när inte, ett exempel
  codes move PROJECT CODE --parent PARENT|--top [--position N]
                                     flytta in eller ordna om en kod; N räknas från 1 (standard: sist)
  codes merge PROJECT FROM INTO      slå ihop koden FROM med INTO: dess kodningar och underkoder flyttas
  code PROJECT SOURCE CODE START END lägg till en kodning över [START, END) i tecken (kodpunkter)
  codings PROJECT [SOURCE]           lista kodningar med källa, kod, intervall och text
  info PROJECT                       visa hur många källor, koder, kodningar… projektet har
  formats                            lista filformaten som kan importeras
  demo PROJECT [--coded]             skapa demoprojektet från den medföljande korpusen; --coded:
                                     bara de första kodningarna, inga teman än, att öva på
  cases PROJECT                      lista fall med deras attributvärden
  cases import PROJECT TABLE [--id-column NAME]
                                     importera en deltagartabell (CSV eller XLSX) som fall
  speakers PROJECT [SOURCE]          lista talare med deras fall
  speakers link PROJECT SOURCE LABEL CASE
                                     koppla en talare till ett fall (CASE - tar bort kopplingen)
  survey import PROJECT TABLE --text-columns A,B [--id-column NAME] [--attribute-columns C,D]
                                     importera öppna enkätsvar som källor
  memos PROJECT                      lista memon: vad vart och ett gäller, när det ändrades, första raden
  memos add PROJECT TEXT [--source SOURCE | --code PATH]
                                     skriv ett memo om en källa, en kod eller annars projektet
  themes PROJECT                     lista dimensioner och teman med deras koder och kodningar
  themes add PROJECT NAME [--dimension D] [--definition TEXT]
                                     lägg till ett tema, i dimensionen D eller på översta nivån
  dimensions add PROJECT NAME [--definition TEXT]
                                     lägg till en dimension
  themes assign PROJECT CODE THEME|--none
                                     lägg en kod i ett tema, eller i inget
  themes status PROJECT THEME candidate|reviewed|final
                                     ange ett temas status
  segments PROJECT (--code PATH | --theme NAME | --dimension NAME) [--attribute NAME=VALUE] [--exemplars]
                                     lista kodade segment med källa, talare, fall, intervall och text
  meetings PROJECT                   lista deltagarvalideringsmöten: datum, titel, planerade teman,
                                     givna omdömen, synpunkter
  meetings add PROJECT TITLE --date YYYY-MM-DD
                                     lägg till ett möte som visar alla teman med sina exempelcitat
  feedback PROJECT                   skriv ut återkopplingen från deltagarvalideringen som tabell
  feedback add PROJECT MEETING THEME TEXT [--verdict confirmed|revised|questioned]
                                     anteckna vad deltagarna sa om ett tema på ett möte
                                     (MEETING: dess titel eller id; THEME -: hela mötet)
  search PROJECT QUERY [--context N] [--code PATH]
                                     sök ord, &quot;fraser&quot; och prefix* i alla källor, som rader
                                     i sitt sammanhang; --code kodar varje träff (en transaktion)
  export table PROJECT TABLE OUT [--all-segments] [--no-speaker] [--pseudonymise]
               [--pseudonym-attribute NAME]
                                     skriv en rapporttabell: meaning-units, data-structure,
                                     codebook, participants eller member-checking; OUT slutar
                                     på .xlsx, .docx, .odt, .csv, .html eller .md
  export figure PROJECT data-structure|thematic-map|bars-themes|bars-attribute OUT.svg
                [--attribute NAME]   rita en figur som SVG (PNG och PDF: från programmet)
  export matrix PROJECT overlap|same-turn|attribute|sources OUT [--attribute NAME]
                [--measure segments|participants] [--theme NAME] [--pseudonymise]
                                     skriv en kodmatris som tabell med färgskalade celler;
                                     --theme behåller koderna i ett tema eller en dimension
  export qdpx PROJECT OUT.qdpx       skriv hela projektet som REFI-QDA-projektutbyte,
                                     för andra QDA-program
  export codebook PROJECT OUT.qdc    skriv kodboken som en REFI-QDA-kodboksfil
  backup list PROJECT                lista projektets säkerhetskopior, nyaste först: nummer, tid,
                                     slag, byte, vad den innehåller, fil
  backup take PROJECT                säkerhetskopiera projektet nu (om inte den nyaste kopian har
                                     samma innehåll); appen gör det varje gång den öppnar ett projekt
  backup restore PROJECT BACKUP      sätt en säkerhetskopia (dess nummer i backup list, eller dess fil)
                                     i projektets ställe; projektet som det var sparas först som en
                                     säkerhetskopia, så att återställningen kan ångras
SOURCE är en källas namn, dess filnamn eller dess numeriska id.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>ett citerat fält som börjar på rad %1 avslutas aldrig</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>tabellen är tom</translation>
    </message>
    <message>
        <source>row %1 has more cells than the header; the extra cells are left out</source>
        <translation>rad %1 har fler celler än rubrikraden; de extra cellerna utelämnas</translation>
    </message>
    <message>
        <source>the table has more than %L1 cells, more than Tematik reads</source>
        <translation>tabellen har fler än %L1 celler, fler än Tematik läser</translation>
    </message>
    <message>
        <source>the header has %L1 columns, more than a spreadsheet can hold (%L2)</source>
        <translation>rubrikraden har %L1 kolumner, fler än ett kalkylark rymmer (%L2)</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Comma-separated values (UTF-8)</source>
        <translation>Kommaseparerade värden (UTF-8)</translation>
    </message>
</context>
<context>
    <name>DataStructureFigure</name>
    <message>
        <source>Data structure</source>
        <translation>Datastruktur</translation>
    </message>
    <message>
        <source>First-order concepts</source>
        <translation>Första ordningens begrepp</translation>
    </message>
    <message>
        <source>Second-order themes</source>
        <translation>Andra ordningens teman</translation>
    </message>
    <message>
        <source>Aggregate dimensions</source>
        <translation>Aggregerade dimensioner</translation>
    </message>
</context>
<context>
    <name>DataStructureTable</name>
    <message>
        <source>Data structure</source>
        <translation>Datastruktur</translation>
    </message>
    <message>
        <source>First-order concepts</source>
        <translation>Första ordningens begrepp</translation>
    </message>
    <message>
        <source>Second-order themes</source>
        <translation>Andra ordningens teman</translation>
    </message>
    <message>
        <source>Aggregate dimensions</source>
        <translation>Aggregerade dimensioner</translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) in no theme not shown</source>
        <translation>
            <numerusform>%Ln kod utan tema visas inte</numerusform>
            <numerusform>%Ln koder utan tema visas inte</numerusform>
        </translation>
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
    <message>
        <source>Cannot open the project %1 here: its latest changes are still in %2, which cannot be read on a read-only medium or in a folder you may not change. Open it once where it can be changed, or copy it together with %2 to such a place.</source>
        <translation>Projektet %1 kan inte öppnas här: dess senaste ändringar finns fortfarande i %2, som inte kan läsas på ett skrivskyddat medium eller i en mapp du inte får ändra. Öppna det en gång där det kan ändras, eller kopiera det tillsammans med %2 till en sådan plats.</translation>
    </message>
    <message>
        <source>The project %1 is open read-only. %2</source>
        <translation>Projektet %1 är öppet skrivskyddat. %2</translation>
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
    <message>
        <source>demo theme in a missing dimension: %1</source>
        <translation>demotema i en dimension som saknas: %1</translation>
    </message>
    <message>
        <source>demo theme refers to a missing code: %1</source>
        <translation>demotema hänvisar till en kod som saknas: %1</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 är inte välformad XML (rad %2: %3)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>not a Word document: %1</source>
        <translation>inget Word-dokument: %1</translation>
    </message>
    <message>
        <source>the file has no word/document.xml; it is not a Word document, or it is damaged</source>
        <translation>filen saknar word/document.xml; den är inget Word-dokument, eller så är den skadad</translation>
    </message>
    <message>
        <source>a note referred to in the text (id %1) is missing</source>
        <translation>en not som texten hänvisar till (id %1) saknas</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>dokumentet innehåller ingen text</translation>
    </message>
</context>
<context>
    <name>DocxTableWriter</name>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation>tabellen innehåller tecken som inte kan skrivas</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>the figure is not a valid SVG image</source>
        <translation>figuren är ingen giltig SVG-bild</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF-filen kunde inte påbörjas</translation>
    </message>
    <message>
        <source>Could not write %1: a figure is saved as .svg, .png or .pdf</source>
        <translation>Kunde inte skriva %1: en figur sparas som .svg, .png eller .pdf</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>there are no slides</source>
        <translation>det finns inga bilder</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF-filen kunde inte påbörjas</translation>
    </message>
    <message>
        <source>the PDF could not be continued</source>
        <translation>PDF-filen kunde inte fortsättas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>HtmlTableWriter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation>tabellen innehåller tecken som inte kan skrivas</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the file is %1, over the limit of %2</source>
        <translation>filen är %1, över gränsen på %2</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>could not be read completely</source>
        <translation>kunde inte läsas helt</translation>
    </message>
</context>
<context>
    <name>InterchangeReport</name>
    <message>
        <source>Kept %1, changed %2, dropped %3.</source>
        <translation>Behöll %1, ändrade %2, utelämnade %3.</translation>
    </message>
    <message>
        <source>Kept (%1):</source>
        <translation>Behållet (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Ändrat (%1):</translation>
    </message>
    <message>
        <source>Dropped (%1):</source>
        <translation>Utelämnat (%1):</translation>
    </message>
</context>
<context>
    <name>MarkdownTableWriter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>MeaningUnitTable</name>
    <message>
        <source>From meaning unit to theme</source>
        <translation>Från meningsbärande enhet till tema</translation>
    </message>
    <message>
        <source>Meaning unit</source>
        <translation>Meningsbärande enhet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>quote (who said it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quote(s)</source>
        <translation>
            <numerusform>%Ln exempelcitat</numerusform>
            <numerusform>%Ln exempelcitat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segment(s)</source>
        <translation>
            <numerusform>%Ln kodat segment</numerusform>
            <numerusform>%Ln kodade segment</numerusform>
        </translation>
    </message>
    <message>
        <source>pseudonymised</source>
        <translation>pseudonymiserad</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Ett möte behöver en titel.</translation>
    </message>
    <message>
        <source>A meeting needs a valid date.</source>
        <translation>Ett möte behöver ett giltigt datum.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <source>Cannot plan the meeting: it shows a theme or a quote twice.</source>
        <translation>Kan inte planera mötet: det visar ett tema eller ett citat två gånger.</translation>
    </message>
    <message>
        <source>Cannot plan the meeting: a theme it shows no longer exists.</source>
        <translation>Kan inte planera mötet: ett tema som det visar finns inte längre.</translation>
    </message>
    <message>
        <source>Cannot plan the meeting: a quote it shows no longer exists.</source>
        <translation>Kan inte planera mötet: ett citat som det visar finns inte längre.</translation>
    </message>
    <message>
        <source>Cannot record the verdict: the meeting or the theme no longer exists.</source>
        <translation>Kan inte anteckna omdömet: mötet eller temat finns inte längre.</translation>
    </message>
</context>
<context>
    <name>MemberCheckingTable</name>
    <message>
        <source>Feedback from member checking</source>
        <translation>Återkoppling från deltagarvalidering</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Omdöme</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No member-checking meetings recorded.</source>
        <translation>Inga deltagarvalideringsmöten antecknade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s): %1</source>
        <translation>
            <numerusform>%Ln möte: %1</numerusform>
            <numerusform>%Ln möten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Hela mötet</translation>
    </message>
</context>
<context>
    <name>MemoStore</name>
    <message>
        <source>Cannot write the memo: what it is on no longer exists.</source>
        <translation>Kan inte spara memot: det som det gäller finns inte längre.</translation>
    </message>
    <message>
        <source>There is no memo with id %1.</source>
        <translation>Det finns inget memo med id %1.</translation>
    </message>
    <message>
        <source>Cannot write the memo: its meeting no longer exists.</source>
        <translation>Kan inte skriva memot: dess möte finns inte längre.</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>content.xml is not well-formed XML (line %1: %2)</source>
        <translation>content.xml är inte välformad XML (rad %1: %2)</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-text</translation>
    </message>
    <message>
        <source>not an OpenDocument file: %1</source>
        <translation>ingen OpenDocument-fil: %1</translation>
    </message>
    <message>
        <source>the file has no content.xml; it is not an OpenDocument text, or it is damaged</source>
        <translation>filen saknar content.xml; den är ingen OpenDocument-text, eller så är den skadad</translation>
    </message>
    <message>
        <source>not an OpenDocument file</source>
        <translation>ingen OpenDocument-fil</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>dokumentet innehåller ingen text</translation>
    </message>
</context>
<context>
    <name>OdtTableWriter</name>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-text</translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation>tabellen innehåller tecken som inte kan skrivas</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>N = %1 cases</source>
        <translation>N = %1 fall</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ej angivet)</translation>
    </message>
    <message>
        <source>identifiers not shown: %1</source>
        <translation>identifierare visas inte: %1</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the PDF is too large to read</source>
        <translation>PDF-filen är för stor för att läsas</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-filen är skadad och kan inte läsas</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>filen är ingen PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the protection and import it again</source>
        <translation>PDF-filen är lösenordsskyddad; ta bort skyddet och importera den igen</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF-filen har inga sidor</translation>
    </message>
    <message>
        <source>PDF text layer</source>
        <translation>PDF-textlager</translation>
    </message>
    <message>
        <source>the PDF has no text layer (it is a scanned image); run OCR on it first</source>
        <translation>PDF-filen saknar textlager (den är en inskannad bild); kör OCR på den först</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) without text left out (%1); scanned pages need OCR first.</source>
        <translation>
            <numerusform>%Ln sida utan text utelämnades (%1); inskannade sidor behöver OCR först.</numerusform>
            <numerusform>%Ln sidor utan text utelämnades (%1); inskannade sidor behöver OCR först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) of rotated text left out.</source>
        <translation>
            <numerusform>%Ln ord i roterad text utelämnades.</numerusform>
            <numerusform>%Ln ord i roterad text utelämnades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainTextBuilder</name>
    <message>
        <source>the document&apos;s text is longer than %L1 characters, more than Tematik imports from one file</source>
        <translation>dokumentets text är längre än %L1 tecken, mer än Tematik importerar från en fil</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation>Oformaterad text</translation>
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
    <message>
        <source>a file with that name already exists.</source>
        <translation>det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <source>it cannot be moved into place.</source>
        <translation>den kan inte flyttas på plats.</translation>
    </message>
    <message>
        <source>It was opened for reading only.</source>
        <translation>Det öppnades bara för läsning.</translation>
    </message>
    <message>
        <source>It is on a read-only medium.</source>
        <translation>Det ligger på ett skrivskyddat medium.</translation>
    </message>
    <message>
        <source>You may not change the project file.</source>
        <translation>Du får inte ändra projektfilen.</translation>
    </message>
    <message>
        <source>You may not create files in its folder, and changes need files beside the project.</source>
        <translation>Du får inte skapa filer i dess mapp, och ändringar kräver filer bredvid projektet.</translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be made.</source>
        <translation>Det går inte att säkerhetskopiera %1: mappen %2 kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation>Det går inte att säkerhetskopiera %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1: the copy did not pass its check (%2).</source>
        <translation>Det går inte att säkerhetskopiera %1: kopian klarade inte kontrollen (%2).</translation>
    </message>
    <message>
        <source>Cannot back up %1: the backup cannot be saved in %2.</source>
        <translation>Det går inte att säkerhetskopiera %1: säkerhetskopian kan inte sparas i %2.</translation>
    </message>
    <message>
        <source>%1 is not a Tematik project.</source>
        <translation>%1 är inte ett Tematik-projekt.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tematik.</source>
        <translation>%1 sparades av en nyare version av Tematik.</translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, can be restored in its place.</source>
        <translation>Dess nyaste hela säkerhetskopia, från %1, kan återställas i dess ställe.</translation>
    </message>
    <message>
        <source>the files of a damaged project, kept as they were</source>
        <translation>filerna från ett skadat projekt, sparade som de var</translation>
    </message>
    <message>
        <source>Cannot keep the damaged project %1: the folder %2 cannot be made.</source>
        <translation>Det går inte att spara det skadade projektet %1: mappen %2 kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot keep the damaged project %1 in %2.</source>
        <translation>Det går inte att spara det skadade projektet %1 i %2.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: the backup cannot be copied next to it.</source>
        <translation>Det går inte att återställa %1: säkerhetskopian kan inte kopieras bredvid det.</translation>
    </message>
    <message>
        <source>Cannot restore %1: it cannot be replaced.</source>
        <translation>Det går inte att återställa %1: det kan inte ersättas.</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>open for writing in %1 by %2 on %3 (process %4) since %5</source>
        <translation>öppet för skrivning i %1 av %2 på %3 (process %4) sedan %5</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the lock file %2 cannot be created in its folder.</source>
        <translation>%1 kan inte öppnas för skrivning: låsfilen %2 kan inte skapas i dess mapp.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the lock file %2 could not be written (is the disk full?).</source>
        <translation>%1 kan inte öppnas för skrivning: låsfilen %2 kunde inte skrivas (är disken full?).</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 är %2.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program.</source>
        <translation>%1 är öppet för skrivning i ett annat program.</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Talare %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Källa %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>QdcExporter</name>
    <message>
        <source>The codebook has no codes to export.</source>
        <translation>Kodboken har inga koder att exportera.</translation>
    </message>
</context>
<context>
    <name>QdcImporter</name>
    <message>
        <source>&lt;%1&gt; at line %2 in %3 is not part of a REFI-QDA codebook; left out.</source>
        <translation>&lt;%1&gt; på rad %2 i %3 hör inte till en REFI-QDA-kodbok; utelämnades.</translation>
    </message>
    <message>
        <source>code “%1”</source>
        <translation>koden ”%1”</translation>
    </message>
    <message>
        <source>set “%1”</source>
        <translation>mängden ”%1”</translation>
    </message>
    <message>
        <source>%1 is a REFI-QDA project, not a codebook; import it as a .qdpx project exchange file.</source>
        <translation>%1 är ett REFI-QDA-projekt, inte en kodbok; importera det som en .qdpx-fil för projektutbyte.</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA codebook: its root element is &lt;%2&gt;, not &lt;CodeBook&gt;.</source>
        <translation>%1 är inte en REFI-QDA-kodbok: dess rotelement är &lt;%2&gt;, inte &lt;CodeBook&gt;.</translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation>kodboken</translation>
    </message>
    <message>
        <source>The file&apos;s &lt;Codes&gt; element is empty, which the REFI-QDA codebook schema does not allow; there were no codes to import.</source>
        <translation>Filens &lt;Codes&gt;-element är tomt, vilket REFI-QDA:s kodboksschema inte tillåter; det fanns inga koder att importera.</translation>
    </message>
    <message>
        <source>The file&apos;s &lt;Sets&gt; element is empty, so the file does not validate against the REFI-QDA codebook schema (Taguette writes this); the empty element was ignored.</source>
        <translation>Filens &lt;Sets&gt;-element är tomt, så filen validerar inte mot REFI-QDA:s kodboksschema (Taguette skriver så); det tomma elementet hoppades över.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: line %2, column %3: %4. Nothing was imported.</source>
        <translation>%1 är inte välformad XML: rad %2, kolumn %3: %4. Inget importerades.</translation>
    </message>
    <message>
        <source>Unnamed set</source>
        <translation>Namnlös mängd</translation>
    </message>
    <message>
        <source>Set “%1” names a code “%2” that is neither in the file nor in the project; that member was left out.</source>
        <translation>Mängden ”%1” nämner en kod ”%2” som varken finns i filen eller i projektet; den medlemmen utelämnades.</translation>
    </message>
    <message>
        <source>Code “%1” is already in the theme “%2”, and a code belongs to one theme only, so the set “%3” does not hold it.</source>
        <translation>Koden ”%1” finns redan i temat ”%2”, och en kod hör bara till ett tema, så mängden ”%3” innehåller den inte.</translation>
    </message>
    <message>
        <source>Unnamed code</source>
        <translation>Namnlös kod</translation>
    </message>
    <message>
        <source>Code “%1” was named “%2”: a code beside it had that name, or the name was empty or held “/”.</source>
        <translation>Koden ”%1” fick namnet ”%2”: en kod bredvid hade det namnet, eller så var namnet tomt eller innehöll ”/”.</translation>
    </message>
    <message>
        <source>Code “%1” had the colour “%2”, which is not one we can read; it was given a colour of the default palette.</source>
        <translation>Koden ”%1” hade färgen ”%2”, som inte går att läsa; den fick en färg ur standardpaletten.</translation>
    </message>
    <message>
        <source>Code “%1” had no GUID; it was given a new one.</source>
        <translation>Koden ”%1” saknade GUID; den fick ett nytt.</translation>
    </message>
    <message>
        <source>Code “%1” had the same GUID %2 as an earlier code in the file; it was given a new one.</source>
        <translation>Koden ”%1” hade samma GUID %2 som en tidigare kod i filen; den fick ett nytt.</translation>
    </message>
    <message>
        <source>Code “%1” had the id “%2”, which is not a GUID; it was given a new GUID.</source>
        <translation>Koden ”%1” hade id:t ”%2”, som inte är ett GUID; den fick ett nytt GUID.</translation>
    </message>
    <message>
        <source>Code “%1”.</source>
        <translation>Koden ”%1”.</translation>
    </message>
    <message>
        <source>Code “%1” is a category in the file (isCodable=&quot;false&quot;); it was kept as a code, which can be used for coding.</source>
        <translation>Koden ”%1” är en kategori i filen (isCodable=&quot;false&quot;); den behölls som en kod som går att koda med.</translation>
    </message>
    <message>
        <source>Code “%1” has the GUID of a code already in the project; merged into it, not added twice.</source>
        <translation>Koden ”%1” har samma GUID som en kod som redan finns i projektet; slogs ihop med den, lades inte till två gånger.</translation>
    </message>
    <message>
        <source>Code “%1” kept its name in the project; the file calls it “%2”.</source>
        <translation>Koden ”%1” behöll sitt namn i projektet; filen kallar den ”%2”.</translation>
    </message>
    <message>
        <source>Code “%1” took its definition from the file.</source>
        <translation>Koden ”%1” fick sin definition från filen.</translation>
    </message>
    <message>
        <source>Code “%1” kept its definition in the project; the file&apos;s differs and was left out.</source>
        <translation>Koden ”%1” behöll sin definition i projektet; filens skiljer sig och utelämnades.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a codebook (%2 MB); nothing was imported.</source>
        <translation>%1 är för stor för en kodbok (%2 MB); inget importerades.</translation>
    </message>
    <message>
        <source>Cannot import %1; nothing was imported: %2</source>
        <translation>Kan inte importera %1; inget importerades: %2</translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” as the theme “%2”, with %Ln code(s).</source>
        <translation>
            <numerusform>Mängden ”%1” som temat ”%2”, med %Ln kod.</numerusform>
            <numerusform>Mängden ”%1” som temat ”%2”, med %Ln koder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file refers to %Ln note(s), which a codebook cannot hold; those references were left out.</source>
        <translation>
            <numerusform>Filen hänvisar till %Ln anteckning, som en kodbok inte kan rymma; den hänvisningen utelämnades.</numerusform>
            <numerusform>Filen hänvisar till %Ln anteckningar, som en kodbok inte kan rymma; de hänvisningarna utelämnades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set “%1” says it is a theme in the dimension “%2”, which the file does not hold; it is a theme at the top level.</source>
        <translation>Mängden ”%1” säger att den är ett tema i dimensionen ”%2”, som inte finns i filen; den blev ett tema på översta nivån.</translation>
    </message>
    <message>
        <source>The dimension “%1” names a code “%2” that none of its themes holds; a dimension holds themes, so it was left out.</source>
        <translation>Dimensionen ”%1” nämner en kod ”%2” som inget av dess teman har; en dimension rymmer teman, så koden utelämnades.</translation>
    </message>
    <message>
        <source>Set “%1” became “%2”: that name was free.</source>
        <translation>Mängden ”%1” blev ”%2”: det namnet var ledigt.</translation>
    </message>
    <message>
        <source>Set “%1” as the dimension “%2”.</source>
        <translation>Mängden ”%1” som dimensionen ”%2”.</translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Could not write the project as REFI-QDA XML.</source>
        <translation>Kunde inte skriva projektet som REFI-QDA-XML.</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>%1 is not a REFI-QDA project exchange file: it is not a ZIP archive.</source>
        <translation>%1 är inte en REFI-QDA-fil för projektutbyte: den är inte ett ZIP-arkiv.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no project document (.qde) but another archive, %2; unpack that one and import it instead.</source>
        <translation>%1 innehåller inget projektdokument (.qde) utan ett annat arkiv, %2; packa upp det och importera det i stället.</translation>
    </message>
    <message>
        <source>%1 holds its project document in a folder (%2) instead of at the top; it was probably packed from the folder above it.</source>
        <translation>%1 har sitt projektdokument i en mapp (%2) i stället för överst; det packades troligen från mappen ovanför.</translation>
    </message>
    <message>
        <source>%1 holds no project document (.qde), so it is not a REFI-QDA project exchange file.</source>
        <translation>%1 innehåller inget projektdokument (.qde), så den är inte en REFI-QDA-fil för projektutbyte.</translation>
    </message>
    <message>
        <source>%1 holds several project documents (%2) and none is project.qde; which one to read is not clear.</source>
        <translation>%1 innehåller flera projektdokument (%2) och inget är project.qde; det är oklart vilket som ska läsas.</translation>
    </message>
    <message>
        <source>%1: its project document %2 is itself a ZIP archive; archives inside archives are not unpacked.</source>
        <translation>%1: dess projektdokument %2 är självt ett ZIP-arkiv; arkiv i arkiv packas inte upp.</translation>
    </message>
    <message>
        <source>%1: its project document %2 is not well-formed XML: line %3, column %4: %5.</source>
        <translation>%1: dess projektdokument %2 är inte välformad XML: rad %3, kolumn %4: %5.</translation>
    </message>
    <message>
        <source>%1: its project document %2 is not a REFI-QDA project: its root element is &lt;%3&gt;, not &lt;Project&gt;.</source>
        <translation>%1: dess projektdokument %2 är inte ett REFI-QDA-projekt: dess rotelement är &lt;%3&gt;, inte &lt;Project&gt;.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2 in %3 was left out: it is not imported.</source>
        <translation>&lt;%1&gt; på rad %2 i %3 utelämnades: det importeras inte.</translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation>fallet ”%1”</translation>
    </message>
    <message>
        <source>a selection in source “%1”</source>
        <translation>ett urval i källan ”%1”</translation>
    </message>
    <message>
        <source>The comment “%1” on %2 was left out.</source>
        <translation>Kommentaren ”%1” på %2 utelämnades.</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>källan ”%1”</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>anteckningen ”%1”</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>projektet</translation>
    </message>
    <message>
        <source>%1: its project document is not well-formed XML: line %2, column %3: %4. Nothing was imported.</source>
        <translation>%1: dess projektdokument är inte välformad XML: rad %2, kolumn %3: %4. Inget importerades.</translation>
    </message>
    <message>
        <source>Unnamed user</source>
        <translation>Namnlös användare</translation>
    </message>
    <message>
        <source>User “%1” is the project&apos;s coder of that name.</source>
        <translation>Användaren ”%1” är projektets kodare med det namnet.</translation>
    </message>
    <message>
        <source>User “%1” as a coder.</source>
        <translation>Användaren ”%1” som kodare.</translation>
    </message>
    <message>
        <source>Unnamed variable</source>
        <translation>Namnlös variabel</translation>
    </message>
    <message>
        <source>Variable “%1” is of the type “%2”, which attributes do not have; it was kept as text.</source>
        <translation>Variabeln ”%1” är av typen ”%2”, som attribut inte har; den behölls som text.</translation>
    </message>
    <message>
        <source>Variable “%1” as a case attribute.</source>
        <translation>Variabeln ”%1” som attribut för fall.</translation>
    </message>
    <message>
        <source>Unnamed case</source>
        <translation>Namnlöst fall</translation>
    </message>
    <message>
        <source>Case “%1” has a value of a variable “%2” that the file does not define; left out.</source>
        <translation>Fallet ”%1” har ett värde för en variabel ”%2” som filen inte definierar; utelämnades.</translation>
    </message>
    <message>
        <source>Case “%1”: the value “%2” was left out: %3</source>
        <translation>Fallet ”%1”: värdet ”%2” utelämnades: %3</translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”, with %Ln value(s).</source>
        <translation>
            <numerusform>Fallet ”%1”, med %Ln värde.</numerusform>
            <numerusform>Fallet ”%1”, med %Ln värden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Namnlös källa</translation>
    </message>
    <message numerus="yes">
        <source>Source “%1” has no text; it was left out with its %Ln selection(s).</source>
        <translation>
            <numerusform>Källan ”%1” har ingen text; den utelämnades med sitt %Ln urval.</numerusform>
            <numerusform>Källan ”%1” har ingen text; den utelämnades med sina %Ln urval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source “%1” had no GUID of its own; it was given a new one.</source>
        <translation>Källan ”%1” saknade eget GUID; den fick ett nytt.</translation>
    </message>
    <message>
        <source>Source “%1”.</source>
        <translation>Källan ”%1”.</translation>
    </message>
    <message>
        <source>Source “%1”: %2</source>
        <translation>Källan ”%1”: %2</translation>
    </message>
    <message>
        <source>Note “%1” had no GUID of its own; it was given a new one.</source>
        <translation>Anteckningen ”%1” saknade eget GUID; den fick ett nytt.</translation>
    </message>
    <message>
        <source>Note “%1” is referred to from %2 places; a memo is on one thing, so it was kept on the first only.</source>
        <translation>Anteckningen ”%1” hänvisas till från %2 ställen; ett memo gäller en sak, så den behölls bara på det första.</translation>
    </message>
    <message>
        <source>Note “%1” as a memo.</source>
        <translation>Anteckningen ”%1” som memo.</translation>
    </message>
    <message>
        <source>source “%1” has neither a text file nor its text inline</source>
        <translation>källan ”%1” har varken en textfil eller sin text i dokumentet</translation>
    </message>
    <message>
        <source>source “%1” has its text outside the archive (%2), which is not read</source>
        <translation>källan ”%1” har sin text utanför arkivet (%2), som inte läses</translation>
    </message>
    <message>
        <source>source “%1” has its text in %2, which is not in the archive</source>
        <translation>källan ”%1” har sin text i %2, som inte finns i arkivet</translation>
    </message>
    <message>
        <source>source “%1”: %2</source>
        <translation>källan ”%1”: %2</translation>
    </message>
    <message>
        <source>The selection [%1, %2) in source “%3”</source>
        <translation>Urvalet [%1, %2) i källan ”%3”</translation>
    </message>
    <message>
        <source>%1 has no coding; left out.</source>
        <translation>%1 har ingen kodning; utelämnades.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lies outside the source&apos;s text; its %Ln coding(s) were left out.</source>
        <translation>
            <numerusform>%1 ligger utanför källans text; dess %Ln kodning utelämnades.</numerusform>
            <numerusform>%1 ligger utanför källans text; dess %Ln kodningar utelämnades.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is named “%2”, but no way of counting positions selects that text; it covers characters [%3, %4) of the source.</source>
        <translation>%1 heter ”%2”, men inget sätt att räkna positioner väljer den texten; det täcker tecknen [%3, %4) i källan.</translation>
    </message>
    <message>
        <source>%1 was read as counting %2, which selects its text; it covers characters [%3, %4).</source>
        <translation>%1 lästes som att det räknar %2, vilket väljer dess text; det täcker tecknen [%3, %4).</translation>
    </message>
    <message>
        <source>%1 is coded with “%2”, which is not in the codebook; that coding was left out.</source>
        <translation>%1 är kodat med ”%2”, som inte finns i kodboken; den kodningen utelämnades.</translation>
    </message>
    <message>
        <source>%1 has a coding without a GUID of its own; it was given a new one.</source>
        <translation>%1 har en kodning utan eget GUID; den fick ett nytt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: a REFI-QDA project is imported into a new, empty project, and this one already holds work.</source>
        <translation>%1 importerades inte: ett REFI-QDA-projekt importeras till ett nytt, tomt projekt, och det här innehåller redan arbete.</translation>
    </message>
    <message>
        <source>Cannot import %1; nothing was imported: %2</source>
        <translation>Kan inte importera %1; inget importerades: %2</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16-enheter</translation>
    </message>
    <message>
        <source>characters, a CRLF line break counted as two</source>
        <translation>tecken, med en CRLF-radbrytning räknad som två</translation>
    </message>
    <message>
        <source>UTF-16 units, a CRLF line break counted as two</source>
        <translation>UTF-16-enheter, med en CRLF-radbrytning räknad som två</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>Source “%1” has values of variables of its own; they were put on a case of its name, made for them.</source>
        <translation>Källan ”%1” har egna variabelvärden; de lades på ett fall med källans namn, skapat för dem.</translation>
    </message>
    <message>
        <source>Source “%1” has a value of a variable “%2” that the file does not define; left out.</source>
        <translation>Källan ”%1” har ett värde för en variabel ”%2” som filen inte definierar; utelämnat.</translation>
    </message>
    <message>
        <source>Source “%1”: the value “%2” was left out, as its case “%3” has the value “%4” already.</source>
        <translation>Källan ”%1”: värdet ”%2” utelämnades, eftersom dess fall ”%3” redan har värdet ”%4”.</translation>
    </message>
    <message>
        <source>Source “%1”: the value “%2” was left out: %3</source>
        <translation>Källan ”%1”: värdet ”%2” utelämnades: %3</translation>
    </message>
    <message numerus="yes">
        <source>Source “%1”: %Ln value(s) of variables, on the case “%2”.</source>
        <translation>
            <numerusform>Källan ”%1”: %Ln variabelvärde, på fallet ”%2”.</numerusform>
            <numerusform>Källan ”%1”: %Ln variabelvärden, på fallet ”%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty project %1 could not be removed.</source>
        <translation>Det tomma projektet %1 kunde inte tas bort.</translation>
    </message>
    <message>
        <source>Cannot import %1: its parts are in an order that cannot be read.</source>
        <translation>Det går inte att importera %1: dess delar står i en ordning som inte kan läsas.</translation>
    </message>
</context>
<context>
    <name>ReportTableCatalog</name>
    <message>
        <source>Meaning unit, code and theme</source>
        <translation>Meningsbärande enhet, kod och tema</translation>
    </message>
    <message>
        <source>Data structure (concepts, themes, dimensions)</source>
        <translation>Datastruktur (begrepp, teman, dimensioner)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Participants by background</source>
        <translation>Deltagare efter bakgrund</translation>
    </message>
    <message>
        <source>Feedback from member checking</source>
        <translation>Återkoppling från deltagarvalidering</translation>
    </message>
</context>
<context>
    <name>RtfImporter</name>
    <message>
        <source>unknown character encoding “%1”</source>
        <translation>okänd teckenkodning ”%1”</translation>
    </message>
    <message>
        <source>the RTF nests groups more than %1 deep at byte %2; the file is damaged</source>
        <translation>RTF-filen nästlar grupper djupare än %1 nivåer vid byte %2; filen är skadad</translation>
    </message>
    <message>
        <source>the RTF closes more groups than it opens; the text after the extra closing brace was read as well</source>
        <translation>RTF-filen stänger fler grupper än den öppnar; texten efter den extra slutklammern lästes också</translation>
    </message>
    <message>
        <source>the RTF has a negative \bin length at byte %1; the file is damaged</source>
        <translation>RTF-filen har en negativ \bin-längd vid byte %1; filen är skadad</translation>
    </message>
    <message>
        <source>the RTF declares %1 bytes of binary data at byte %2, more than the file holds; the file is damaged or cut short</source>
        <translation>RTF-filen anger %1 byte binärdata vid byte %2, mer än filen innehåller; filen är skadad eller avkortad</translation>
    </message>
    <message>
        <source>the RTF ends before all groups are closed and no text could be read; the file may be cut short</source>
        <translation>RTF-filen slutar innan alla grupper är stängda och ingen text kunde läsas; filen kan vara avkortad</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>dokumentet innehåller ingen text</translation>
    </message>
    <message>
        <source>the RTF ends before all groups are closed; the file may be cut short</source>
        <translation>RTF-filen slutar innan alla grupper är stängda; filen kan vara avkortad</translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation>%1 (som valt)</translation>
    </message>
    <message>
        <source>%1 (declared in the RTF)</source>
        <translation>%1 (angiven i RTF-filen)</translation>
    </message>
    <message>
        <source>%1 (assumed; the RTF declares no character set)</source>
        <translation>%1 (antagen; RTF-filen anger ingen teckenuppsättning)</translation>
    </message>
    <message>
        <source>the RTF uses code page %1, which is not known; its bytes were read as windows-1252</source>
        <translation>RTF-filen använder teckentabell %1, som är okänd; dess byte lästes som windows-1252</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) could not be decoded and were replaced by U+FFFD</source>
        <translation>
            <numerusform>%Ln tecken kunde inte avkodas och ersattes med U+FFFD</numerusform>
            <numerusform>%Ln tecken kunde inte avkodas och ersattes med U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>Rich Text (RTF)</source>
        <translation>Rich Text (RTF)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file is not RTF: it does not begin with “{\rtf”</source>
        <translation>filen är inte RTF: den börjar inte med ”{\rtf”</translation>
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
    <message>
        <source>%1 is not a Tematik project, or it is too damaged to be read.</source>
        <translation>%1 är inte ett Tematik-projekt, eller så är det för skadat för att kunna läsas.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it can no longer be read as a project.</source>
        <translation>%1 är skadat: en del av det kan inte längre läsas som ett projekt.</translation>
    </message>
    <message>
        <source>%1 is damaged: some of what it holds refers to things it no longer has.</source>
        <translation>%1 är skadat: en del av innehållet hänvisar till sådant som inte längre finns i det.</translation>
    </message>
    <message>
        <source>%1 is damaged: its layout is not that of a Tematik project of format %2 (%3).</source>
        <translation>%1 är skadat: dess uppbyggnad är inte den hos ett Tematik-projekt i format %2 (%3).</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>Preliminary themes for discussion</source>
        <translation>Preliminära teman att samtala om</translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s) to discuss.</source>
        <translation>
            <numerusform>%Ln tema att samtala om.</numerusform>
            <numerusform>%Ln teman att samtala om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome everyone, explain that these are preliminary themes, and that their corrections are as welcome as their agreement.</source>
        <translation>Hälsa alla välkomna, förklara att det är preliminära teman och att deras invändningar är lika välkomna som deras medhåll.</translation>
    </message>
    <message>
        <source>An overview: the themes that follow belong to this dimension.</source>
        <translation>En översikt: temana som följer hör till den här dimensionen.</translation>
    </message>
    <message>
        <source>Codes: %1.</source>
        <translation>Koder: %1.</translation>
    </message>
    <message>
        <source>Ask: Does this match your experience? What is missing, what would you put differently?</source>
        <translation>Fråga: Stämmer det med er erfarenhet? Vad saknas, vad skulle ni uttrycka annorlunda?</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Is anything missing? Is there something you would describe differently?</source>
        <translation>Saknas något? Är det något ni skulle beskriva annorlunda?</translation>
    </message>
    <message>
        <source>Ask for anything the themes left out, and note it as feedback on the whole meeting.</source>
        <translation>Fråga efter det som temana missar, och anteckna det som återkoppling på hela mötet.</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>(%1/%2)</source>
        <translation>(%1/%2)</translation>
    </message>
</context>
<context>
    <name>SourceImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported</source>
        <translation>den här typen av fil kan inte importeras</translation>
    </message>
    <message>
        <source>the same file was imported before as “%1”</source>
        <translation>samma fil har redan importerats som ”%1”</translation>
    </message>
    <message>
        <source>this is a table; import it as a participant table or as a survey</source>
        <translation>det här är en tabell; importera den som deltagartabell eller som enkät</translation>
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
    <name>SrtImporter</name>
    <message>
        <source>SubRip captions</source>
        <translation>SubRip-undertexter</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1; the action was not saved and the project is unchanged.</source>
        <translation>%1; åtgärden sparades inte och projektet är oförändrat.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>A fault in reading or writing %1 stopped the action</source>
        <translation>Ett fel vid läsning eller skrivning av %1 stoppade åtgärden</translation>
    </message>
    <message>
        <source>The disk holding %1 is full</source>
        <translation>Disken där %1 ligger är full</translation>
    </message>
    <message>
        <source>Free some space on the disk and try again.</source>
        <translation>Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>There was not enough memory to work on %1</source>
        <translation>Det fanns inte tillräckligt med minne för att arbeta med %1</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk%2</source>
        <translation>%1 kunde inte läsas från disken%2</translation>
    </message>
    <message>
        <source>Check the disk, or the network connection for a project in a network folder.</source>
        <translation>Kontrollera disken, eller nätverksanslutningen för ett projekt i en nätverksmapp.</translation>
    </message>
    <message>
        <source>The disk holding %1 did not confirm that it stored the changes%2</source>
        <translation>Disken där %1 ligger bekräftade inte att ändringarna sparades%2</translation>
    </message>
    <message>
        <source>%1 could not be written to the disk%2</source>
        <translation>%1 kunde inte skrivas till disken%2</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open; the action was not saved. Open the project again where it is now.</source>
        <translation>%1 flyttades eller togs bort medan det var öppet; åtgärden sparades inte. Öppna projektet igen där det ligger nu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or its disk is read-only</source>
        <translation>%1 kan inte skrivas: filen, dess mapp eller dess disk är skrivskyddad</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it can no longer be read as a project</source>
        <translation>%1 är skadat: en del av det kan inte längre läsas som ett projekt</translation>
    </message>
    <message>
        <source>Restore the project from one of its backups.</source>
        <translation>Återställ projektet från en av dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>%1 is not a Tematik project, or it is too damaged to be read</source>
        <translation>%1 är inte ett Tematik-projekt, eller så är det för skadat för att kunna läsas</translation>
    </message>
    <message>
        <source>%1 is being changed by another program or window, which did not finish in time</source>
        <translation>%1 ändras av ett annat program eller fönster, som inte blev klart i tid</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder cannot be reached, or no files can be made beside it%2.</source>
        <translation>%1 kan inte öppnas: filen eller dess mapp går inte att nå, eller inga filer kan skapas bredvid den%2.</translation>
    </message>
    <message>
        <source>Tematik is not allowed to write %1%2</source>
        <translation>Tematik har inte behörighet att skriva %1%2</translation>
    </message>
    <message>
        <source>The work on %1 was cancelled</source>
        <translation>Arbetet med %1 avbröts</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>choose at least one column of open-ended answers</source>
        <translation>välj minst en kolumn med öppna svar</translation>
    </message>
    <message>
        <source>the table has no column “%1”</source>
        <translation>tabellen har ingen kolumn ”%1”</translation>
    </message>
    <message>
        <source>the column “%1” has no answers</source>
        <translation>kolumnen ”%1” har inga svar</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
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
    <message>
        <source>The encoding was guessed as %1; check the text for garbled letters.</source>
        <translation>Teckenkodningen gissades vara %1; kontrollera att inga bokstäver blivit fel.</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>There is no source with id %1.</source>
        <translation>Det finns ingen källa med id %1.</translation>
    </message>
</context>
<context>
    <name>ThematicMapFigure</name>
    <message>
        <source>Thematic map</source>
        <translation>Tematisk karta</translation>
    </message>
    <message>
        <source>Themes in no dimension</source>
        <translation>Teman utan dimension</translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <source>Segments by theme</source>
        <translation>Segment efter tema</translation>
    </message>
    <message>
        <source>Coded segments by theme</source>
        <translation>Kodade segment efter tema</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <source>Themes in no dimension</source>
        <translation>Teman utan dimension</translation>
    </message>
    <message>
        <source>No segments of %1 are coded with the codes of a theme yet</source>
        <translation>Inga segment i %1 är ännu kodade med koderna i något tema</translation>
    </message>
</context>
<context>
    <name>ThemeOutline</name>
    <message>
        <source>%1 has no themes yet: add themes and put codes in them first</source>
        <translation>%1 har inga teman ännu: lägg först till teman och lägg koder i dem</translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>There is already a theme or dimension named “%1” at the top level.</source>
        <translation>Det finns redan ett tema eller en dimension som heter ”%1” på översta nivån.</translation>
    </message>
    <message>
        <source>There is already a theme named “%1” in the dimension “%2”.</source>
        <translation>Det finns redan ett tema som heter ”%1” i dimensionen ”%2”.</translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation>En dimension behöver ett namn.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Ett tema behöver ett namn.</translation>
    </message>
    <message>
        <source>There is no dimension with id %1.</source>
        <translation>Det finns ingen dimension med id %1.</translation>
    </message>
    <message>
        <source>There is no theme with id %1.</source>
        <translation>Det finns inget tema med id %1.</translation>
    </message>
    <message>
        <source>The dimension “%1” cannot be put inside another dimension.</source>
        <translation>Dimensionen ”%1” kan inte läggas i en annan dimension.</translation>
    </message>
    <message>
        <source>Cannot remove the dimension “%1”: its theme “%2” would sit at the top level beside another of the same name. Rename one of them first.</source>
        <translation>Kan inte ta bort dimensionen ”%1”: dess tema ”%2” skulle hamna på översta nivån bredvid ett annat med samma namn. Byt namn på ett av dem först.</translation>
    </message>
    <message>
        <source>There is no theme with id %1; codes belong to themes, not to dimensions.</source>
        <translation>Det finns inget tema med id %1; koder hör till teman, inte till dimensioner.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Det finns ingen kod med id %1.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Revised</source>
        <translation>Reviderat</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Ifrågasatt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftat</translation>
    </message>
</context>
<context>
    <name>WebVttImporter</name>
    <message>
        <source>WebVTT captions</source>
        <translation>WebVTT-undertexter</translation>
    </message>
    <message>
        <source>the file does not start with “WEBVTT”; it was read as WebVTT all the same</source>
        <translation>filen börjar inte med ”WEBVTT”; den lästes ändå som WebVTT</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 är inte välformad XML (rad %2: %3)</translation>
    </message>
    <message>
        <source>the workbook has no %1; it is not an Excel file, or it is damaged</source>
        <translation>arbetsboken saknar %1; den är ingen Excel-fil, eller så är den skadad</translation>
    </message>
    <message>
        <source>not an Excel workbook: %1</source>
        <translation>ingen Excel-arbetsbok: %1</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which does not exist</source>
        <translation>en cell hänvisar till den delade strängen %1, som inte finns</translation>
    </message>
    <message>
        <source>a cell lies beyond the last column Excel allows</source>
        <translation>en cell ligger bortom den sista kolumn som Excel tillåter</translation>
    </message>
    <message>
        <source>the first worksheet is empty</source>
        <translation>det första kalkylbladet är tomt</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>a row has cells beyond the header; they are left out</source>
        <translation>en rad har celler utanför rubrikraden; de utelämnas</translation>
    </message>
    <message>
        <source>the worksheet has more than %L1 cells, more than Tematik reads</source>
        <translation>kalkylbladet har fler än %L1 celler, fler än Tematik läser</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>could not make a temporary folder: %1</source>
        <translation>kunde inte skapa en tillfällig mapp: %1</translation>
    </message>
    <message>
        <source>could not start the workbook</source>
        <translation>kunde inte påbörja arbetsboken</translation>
    </message>
    <message>
        <source>the text in row %1, column %2 is longer than Excel allows (32,767 characters)</source>
        <translation>texten i rad %1, kolumn %2 är längre än Excel tillåter (32 767 tecken)</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>it is not a ZIP container</source>
        <translation>den är ingen ZIP-behållare</translation>
    </message>
    <message>
        <source>the ZIP container cannot be read</source>
        <translation>ZIP-behållaren kan inte läsas</translation>
    </message>
    <message>
        <source>the ZIP container is damaged or incomplete (%1)</source>
        <translation>ZIP-behållaren är skadad eller ofullständig (%1)</translation>
    </message>
    <message>
        <source>the container has no %1</source>
        <translation>behållaren saknar %1</translation>
    </message>
    <message>
        <source>%1 in the container cannot be read</source>
        <translation>%1 i behållaren kan inte läsas</translation>
    </message>
    <message>
        <source>%1 would expand to %2 MB, beyond the safe limit (a ZIP bomb?)</source>
        <translation>%1 skulle packas upp till %2 MB, över den säkra gränsen (en ZIP-bomb?)</translation>
    </message>
    <message>
        <source>%1 in the container cannot be opened (%2)</source>
        <translation>%1 i behållaren kan inte öppnas (%2)</translation>
    </message>
    <message>
        <source>%1 in the container is damaged (%2)</source>
        <translation>%1 i behållaren är skadad (%2)</translation>
    </message>
    <message>
        <source>%1 expands beyond the safe limit of %2 MB (a ZIP bomb?)</source>
        <translation>%1 packas upp över den säkra gränsen på %2 MB (en ZIP-bomb?)</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>could not start a ZIP container</source>
        <translation>kunde inte påbörja en ZIP-behållare</translation>
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
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation>Spara en bild av fönstret som PNG-fil och avsluta.</translation>
    </message>
</context>
<context>
    <name>tematik::CodeDetailsDialog</name>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definition av ”%1”</translation>
    </message>
    <message>
        <source>What the code means, in a sentence or two.</source>
        <translation>Vad koden betyder, i en eller två meningar.</translation>
    </message>
    <message>
        <source>The passages this code is for.</source>
        <translation>De textavsnitt som koden är till för.</translation>
    </message>
    <message>
        <source>Passages that look alike but belong elsewhere, and where they go.</source>
        <translation>Avsnitt som liknar men hör hemma någon annanstans, och var de hör hemma.</translation>
    </message>
    <message>
        <source>A typical quotation.</source>
        <translation>Ett typiskt citat.</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;When to use:</source>
        <translation>&amp;När den används:</translation>
    </message>
    <message>
        <source>When &amp;not to use:</source>
        <translation>När den &amp;inte används:</translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation>&amp;Exempel:</translation>
    </message>
</context>
<context>
    <name>tematik::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
</context>
<context>
    <name>tematik::CodebookView</name>
    <message>
        <source>Select words in the text, then double-click a code to code them, or drag them onto it.</source>
        <translation>Markera ord i texten och dubbelklicka sedan på en kod för att koda dem, eller dra dem till koden.</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>&amp;Ny kod</translation>
    </message>
    <message>
        <source>New &amp;Subcode</source>
        <translation>Ny &amp;underkod</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Färg…</translation>
    </message>
    <message>
        <source>Edit &amp;Definition…</source>
        <translation>Redigera &amp;definition…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Slå ihop med…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Sort by &amp;Name</source>
        <translation>Sortera efter &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Manual Order</source>
        <translation>&amp;Egen ordning</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <source>New code %1</source>
        <translation>Ny kod %1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Färg för ”%1”</translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation>Ta bort koden ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln subcode(s) will be deleted with it.</source>
        <translation>
            <numerusform>Dess %Ln underkod tas bort med den.</numerusform>
            <numerusform>Dess %Ln underkoder tas bort med den.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 will be removed.</source>
        <translation>%1 i %2 tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln kodning</numerusform>
            <numerusform>%Ln kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
    <message>
        <source>No codings will be removed.</source>
        <translation>Inga kodningar tas bort.</translation>
    </message>
    <message>
        <source>Edit → Undo brings it all back.</source>
        <translation>Redigera → Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Ta bort kod</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>tematik::Editor</name>
    <message>
        <source>Add code “%1”</source>
        <translation>Lägg till koden ”%1”</translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Ta bort koden ”%1”</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Byt namn på kod</translation>
    </message>
    <message>
        <source>Change code colour</source>
        <translation>Ändra kodens färg</translation>
    </message>
    <message>
        <source>Change code description</source>
        <translation>Ändra kodens beskrivning</translation>
    </message>
    <message>
        <source>Add coding</source>
        <translation>Lägg till kodning</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Ta bort kodning</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>Det finns ingen kodning med id %1.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Det finns ingen kod med id %1.</translation>
    </message>
    <message>
        <source>Change the definition of “%1”</source>
        <translation>Ändra definitionen av ”%1”</translation>
    </message>
    <message>
        <source>Move code “%1”</source>
        <translation>Flytta koden ”%1”</translation>
    </message>
    <message>
        <source>Merge code “%1” into “%2”</source>
        <translation>Slå ihop koden ”%1” med ”%2”</translation>
    </message>
    <message>
        <source>Change coding bounds</source>
        <translation>Ändra kodningens gränser</translation>
    </message>
    <message>
        <source>Code with new code “%1”</source>
        <translation>Koda med ny kod ”%1”</translation>
    </message>
    <message>
        <source>There is no memo with id %1.</source>
        <translation>Det finns inget memo med id %1.</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>Lägg till memo</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Redigera memo</translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation>Ta bort memo</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln coding(s)</source>
        <translation>
            <numerusform>Lägg till %Ln kodning</numerusform>
            <numerusform>Lägg till %Ln kodningar</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no theme with id %1.</source>
        <translation>Det finns inget tema med id %1.</translation>
    </message>
    <message>
        <source>Add dimension “%1”</source>
        <translation>Lägg till dimensionen ”%1”</translation>
    </message>
    <message>
        <source>Add theme “%1”</source>
        <translation>Lägg till temat ”%1”</translation>
    </message>
    <message>
        <source>Delete dimension “%1”</source>
        <translation>Ta bort dimensionen ”%1”</translation>
    </message>
    <message>
        <source>Delete theme “%1”</source>
        <translation>Ta bort temat ”%1”</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>Change theme definition</source>
        <translation>Ändra temats definition</translation>
    </message>
    <message>
        <source>Change theme status</source>
        <translation>Ändra temats status</translation>
    </message>
    <message>
        <source>Move theme “%1”</source>
        <translation>Flytta temat ”%1”</translation>
    </message>
    <message>
        <source>Put code in theme</source>
        <translation>Lägg kod i tema</translation>
    </message>
    <message>
        <source>Take code out of its theme</source>
        <translation>Ta ut kod ur sitt tema</translation>
    </message>
    <message>
        <source>Mark as exemplar</source>
        <translation>Markera som exempelcitat</translation>
    </message>
    <message>
        <source>Unmark exemplar</source>
        <translation>Avmarkera exempelcitat</translation>
    </message>
    <message>
        <source>Mark theme as %1</source>
        <translation>Markera temat som %1</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Ta bort omdöme</translation>
    </message>
    <message>
        <source>Remove meeting “%1”</source>
        <translation>Ta bort mötet ”%1”</translation>
    </message>
</context>
<context>
    <name>tematik::ExportTableDialog</name>
    <message>
        <source>Export Table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Only the quotes marked as exemplars</source>
        <translation>Endast citat som är markerade som exempelcitat</translation>
    </message>
    <message>
        <source>End each quote with who said it</source>
        <translation>Avsluta varje citat med vem som sa det</translation>
    </message>
    <message>
        <source>Pseudonymise source names, speakers and cases</source>
        <translation>Pseudonymisera källnamn, talare och fall</translation>
    </message>
    <message>
        <source>(none: Participant 1, 2, …)</source>
        <translation>(ingen: Deltagare 1, 2, …)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>Pseudonyms &amp;from:</source>
        <translation>Pseudonymer &amp;från:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Choose a table and a format.</source>
        <translation>Välj en tabell och ett format.</translation>
    </message>
</context>
<context>
    <name>tematik::FigureView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportera figur</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Egenskap:</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zooma ut (Ctrl+mushjul)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zooma in (Ctrl+mushjul)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the figure as SVG, PNG or PDF</source>
        <translation>Spara figuren som SVG, PNG eller PDF</translation>
    </message>
</context>
<context>
    <name>tematik::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>as “%1”: %2, %3</source>
        <translation>som ”%1”: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln talartur</numerusform>
            <numerusform>%Ln talarturer</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>✓ Imported</source>
        <translation>✓ Importerad</translation>
    </message>
    <message>
        <source>⚠ Imported</source>
        <translation>⚠ Importerad</translation>
    </message>
    <message>
        <source>✗ Not imported</source>
        <translation>✗ Inte importerad</translation>
    </message>
    <message>
        <source>– Cancelled</source>
        <translation>– Avbruten</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before this file</source>
        <translation>inte importerad: importen avbröts före den här filen</translation>
    </message>
</context>
<context>
    <name>tematik::InterchangeReportDialog</name>
    <message>
        <source>REFI-QDA import report</source>
        <translation>Importrapport för REFI-QDA</translation>
    </message>
    <message>
        <source>Show only lines containing…</source>
        <translation>Visa bara rader som innehåller…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Dropped: left out (%1)</source>
        <translation>Utelämnat (%1)</translation>
    </message>
    <message>
        <source>Changed: imported, but not as they were (%1)</source>
        <translation>Ändrat: importerat, men inte som det var (%1)</translation>
    </message>
    <message>
        <source>Kept: imported as they were (%1)</source>
        <translation>Behållet: importerat som det var (%1)</translation>
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
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kod</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln kodning</numerusform>
            <numerusform>%Ln kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %Ln file(s).</source>
        <translation>
            <numerusform>Importerade %1 av %Ln fil.</numerusform>
            <numerusform>Importerade %1 av %Ln filer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation>&amp;Importera transkriptioner…</translation>
    </message>
    <message>
        <source>Import &amp;Participant Table…</source>
        <translation>Importera &amp;deltagartabell…</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Importera &amp;enkät…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Speakers and Cases…</source>
        <translation>&amp;Talare och fall…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importerar %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Import participant table</source>
        <translation>Importera deltagartabell</translation>
    </message>
    <message numerus="yes">
        <source>%1 cases added, %2 updated, with %Ln attribute(s).</source>
        <translation>
            <numerusform>%1 fall tillagda, %2 uppdaterade, med %Ln egenskap.</numerusform>
            <numerusform>%1 fall tillagda, %2 uppdaterade, med %Ln egenskaper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s) linked to their cases.</source>
        <translation>
            <numerusform>%Ln talare kopplad till sitt fall.</numerusform>
            <numerusform>%Ln talare kopplade till sina fall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Participant Table</source>
        <translation>Importera deltagartabell</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Importera enkät</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importera enkät</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln svarande</numerusform>
            <numerusform>%Ln svarande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln svar</numerusform>
            <numerusform>%Ln svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) imported as sources.</source>
        <translation>
            <numerusform>%Ln fråga importerad som källa.</numerusform>
            <numerusform>%Ln frågor importerade som källor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Select the words to code first.</source>
        <translation>Markera först orden som ska kodas.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memon</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>En kod behöver ett namn.</translation>
    </message>
    <message>
        <source>Put the cursor in a speaker turn first.</source>
        <translation>Placera markören i en talartur först.</translation>
    </message>
    <message>
        <source>There is no coding here.</source>
        <translation>Det finns ingen kodning här.</translation>
    </message>
    <message>
        <source>Several codings overlap here: click the one to remove in the margin.</source>
        <translation>Flera kodningar överlappar här: klicka på den som ska tas bort i marginalen.</translation>
    </message>
    <message>
        <source>Click a coding’s stripe in the margin first.</source>
        <translation>Klicka först på en kodnings stapel i marginalen.</translation>
    </message>
    <message>
        <source>Select the words the coding should cover.</source>
        <translation>Markera orden som kodningen ska omfatta.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation>Projekt&amp;memo</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Kodning</translation>
    </message>
    <message>
        <source>&amp;Quick Code…</source>
        <translation>&amp;Snabbkoda…</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>Koda &amp;in vivo</translation>
    </message>
    <message>
        <source>Code Speaker &amp;Turn…</source>
        <translation>Koda &amp;talartur…</translation>
    </message>
    <message>
        <source>Set Coding to &amp;Selection</source>
        <translation>Sätt kodningen till &amp;markeringen</translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation>&amp;Ta bort kodning</translation>
    </message>
    <message>
        <source>Snap Selection to &amp;Words</source>
        <translation>Fäst markeringen vid hela &amp;ord</translation>
    </message>
    <message>
        <source>Widen each coded selection to the whole words it touches.</source>
        <translation>Utöka varje kodad markering till de hela ord den berör.</translation>
    </message>
    <message>
        <source>Coding “%1”</source>
        <translation>Kodning ”%1”</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Markera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Normal storlek</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>E&amp;xportera tabell…</translation>
    </message>
    <message>
        <source>&amp;Find in All Sources…</source>
        <translation>&amp;Sök i alla källor…</translation>
    </message>
    <message>
        <source>Table exported.</source>
        <translation>Tabellen exporterades.</translation>
    </message>
    <message>
        <source>Theme Board</source>
        <translation>Tematavla</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matriser</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figurer</translation>
    </message>
    <message>
        <source>Member-&amp;Checking Meeting…</source>
        <translation>&amp;Deltagarvalideringsmöte…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>Member Checking</source>
        <translation>Deltagarvalidering</translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation>Importera REFI-QDA-pro&amp;jekt…</translation>
    </message>
    <message>
        <source>Import &amp;Codebook (REFI-QDA)…</source>
        <translation>Importera &amp;kodbok (REFI-QDA)…</translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA Project…</source>
        <translation>E&amp;xportera REFI-QDA-projekt…</translation>
    </message>
    <message>
        <source>Export Code&amp;book (REFI-QDA)…</source>
        <translation>Exportera kod&amp;bok (REFI-QDA)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importera REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 importerades inte.</translation>
    </message>
    <message>
        <source>Imported %1 as the new project %2.</source>
        <translation>Importerade %1 som det nya projektet %2.</translation>
    </message>
    <message>
        <source>Import Codebook (REFI-QDA)</source>
        <translation>Importera kodbok (REFI-QDA)</translation>
    </message>
    <message>
        <source>Imported the codebook %1 into %2.</source>
        <translation>Importerade kodboken %1 till %2.</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exportera REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 skrevs inte.</translation>
    </message>
    <message>
        <source>Project exported as %1.</source>
        <translation>Projektet exporterades som %1.</translation>
    </message>
    <message>
        <source>Export Codebook (REFI-QDA)</source>
        <translation>Exportera kodbok (REFI-QDA)</translation>
    </message>
    <message>
        <source>Codebook exported as %1.</source>
        <translation>Kodboken exporterades som %1.</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-projekt (*.qdpx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Spara det importerade projektet som</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA-kodböcker (*.qdc);;Alla filer (*)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-kodböcker (*.qdc)</translation>
    </message>
    <message>
        <source>This project is open read-only: nothing in it can be changed.</source>
        <translation>Projektet är öppet skrivskyddat: inget i det kan ändras.</translation>
    </message>
    <message>
        <source>Choose a code.</source>
        <translation>Välj en kod.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tematik</source>
        <translation>%1 (skrivskyddat) — Tematik</translation>
    </message>
    <message>
        <source>This project is open read-only. %1 You can read, search and export it, but not change it.</source>
        <translation>Projektet är öppet skrivskyddat. %1 Du kan läsa, söka i och exportera det, men inte ändra det.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projektet används</translation>
    </message>
    <message>
        <source>Only one program at a time may change a project. You can open it read-only, to read, search and export it, or cancel.</source>
        <translation>Bara ett program åt gången får ändra ett projekt. Du kan öppna det skrivskyddat, för att läsa, söka i och exportera det, eller avbryta.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Återställ från &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Projektet är skadat</translation>
    </message>
    <message>
        <source>The project was not backed up: %1</source>
        <translation>Projektet säkerhetskopierades inte: %1</translation>
    </message>
    <message>
        <source>Backed up as %1.</source>
        <translation>Säkerhetskopierat som %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Säkerhetskopian återställdes inte.</translation>
    </message>
    <message>
        <source>The backup was restored, but the project does not open.</source>
        <translation>Säkerhetskopian återställdes, men projektet går inte att öppna.</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Återställde säkerhetskopian %1.</translation>
    </message>
    <message>
        <source>Restored the backup %1; the project as it was is kept as the backup %2, to undo the restore.</source>
        <translation>Återställde säkerhetskopian %1; projektet som det var sparas som säkerhetskopian %2, så att återställningen kan ångras.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>tematik::MatrixView</name>
    <message>
        <source>Code × code, overlapping</source>
        <translation>Kod × kod, överlappande</translation>
    </message>
    <message>
        <source>Code × code, same turn</source>
        <translation>Kod × kod, samma talartur</translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation>Kod × egenskap</translation>
    </message>
    <message>
        <source>Code × source</source>
        <translation>Kod × källa</translation>
    </message>
    <message>
        <source>The case attribute whose values are the columns</source>
        <translation>Fallegenskapen vars värden blir kolumner</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Count coded segments, or the distinct participants they come from</source>
        <translation>Räkna kodade segment, eller de olika deltagare de kommer från</translation>
    </message>
    <message>
        <source>The codes to show: all, or those of one theme or dimension</source>
        <translation>Koderna som visas: alla, eller de i ett tema eller en dimension</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save the matrix as a spreadsheet, document or web page</source>
        <translation>Spara matrisen som kalkylblad, dokument eller webbsida</translation>
    </message>
    <message>
        <source>Matrix:</source>
        <translation>Matris:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Räkna:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Koder:</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alla koder</translation>
    </message>
    <message>
        <source>Cannot write %1: choose a file type to save as.</source>
        <translation>Kan inte skriva %1: välj en filtyp att spara som.</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Exportera matris</translation>
    </message>
</context>
<context>
    <name>tematik::MeetingDialog</name>
    <message>
        <source>Screen %1</source>
        <translation>Skärm %1</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, this window)</source>
        <translation>%1 (%2 × %3, det här fönstret)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Prepare a Member-Checking Meeting</source>
        <translation>Förbered ett deltagarvalideringsmöte</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Theme or quote</source>
        <translation>Tema eller citat</translation>
    </message>
    <message>
        <source>Dimension or speaker</source>
        <translation>Dimension eller talare</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Show the selected theme or quote earlier (Ctrl+Up)</source>
        <translation>Visa det valda temat eller citatet tidigare (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Show the selected theme or quote later (Ctrl+Down)</source>
        <translation>Visa det valda temat eller citatet senare (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Tick what the participants see, in this order. Speakers and sources are for you only.</source>
        <translation>Kryssa i det deltagarna ska se, i den här ordningen. Talare och källor visas bara för dig.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Light (for a lit room)</source>
        <translation>Ljus (för ett upplyst rum)</translation>
    </message>
    <message>
        <source>Dark (for a dimmed room)</source>
        <translation>Mörk (för ett nedsläckt rum)</translation>
    </message>
    <message>
        <source>No names (recommended)</source>
        <translation>Inga namn (rekommenderas)</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Pseudonymer</translation>
    </message>
    <message>
        <source>Real speaker names and sources</source>
        <translation>Verkliga talarnamn och källor</translation>
    </message>
    <message>
        <source>⚠ Participants may recognise each other, and who said what. Show real names only when everyone has agreed to it.</source>
        <translation>⚠ Deltagarna kan känna igen varandra och vem som sa vad. Visa verkliga namn bara när alla har gått med på det.</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>&amp;Quotes by:</source>
        <translation>&amp;Citat av:</translation>
    </message>
    <message>
        <source>&amp;Projector:</source>
        <translation>&amp;Projektor:</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Preview of the selected theme:</source>
        <translation>Förhandsvisning av det valda temat:</translation>
    </message>
    <message>
        <source>Start &amp;Presentation</source>
        <translation>Starta &amp;presentationen</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Exportera &amp;utdelningsblad…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>meeting title — date</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmöte</translation>
    </message>
    <message>
        <source>No exemplar quotes: mark some in Retrieval</source>
        <translation>Inga exempelcitat: markera några i Kodade segment</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>Dimension: %1</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Exportera utdelningsblad</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Handout saved as %1.</source>
        <translation>Utdelningsbladet sparades som %1.</translation>
    </message>
    <message>
        <source>&amp;Remove Meeting…</source>
        <translation>&amp;Ta bort möte…</translation>
    </message>
    <message>
        <source>Remove the chosen meeting with its verdicts and the feedback taken down at it</source>
        <translation>Ta bort det valda mötet med dess omdömen och den återkoppling som antecknades där</translation>
    </message>
    <message numerus="yes">
        <source>Remove the meeting “%1” with its verdicts and %Ln remark(s) taken down at it?</source>
        <translation>
            <numerusform>Ta bort mötet ”%1” med dess omdömen och %Ln synpunkt som antecknades där?</numerusform>
            <numerusform>Ta bort mötet ”%1” med dess omdömen och %Ln synpunkter som antecknades där?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo in the main window brings it back.</source>
        <translation>Redigera → Ångra i huvudfönstret tar tillbaka det.</translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation>Ta bort möte</translation>
    </message>
</context>
<context>
    <name>tematik::MemberCheckView</name>
    <message>
        <source>Prepare Meeting…</source>
        <translation>Förbered möte…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>No feedback yet. Prepare a meeting, present the themes, and take down what participants say in the presenter window: it appears here, theme by theme.</source>
        <translation>Ingen återkoppling ännu. Förbered ett möte, visa temana och anteckna vad deltagarna säger i presentatörsfönstret: det hamnar här, tema för tema.</translation>
    </message>
</context>
<context>
    <name>tematik::MemoListModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Source ‘%1’</source>
        <translation>Källa ”%1”</translation>
    </message>
    <message>
        <source>Code ‘%1’</source>
        <translation>Kod ”%1”</translation>
    </message>
    <message>
        <source>Coding of ‘%1’ in ‘%2’</source>
        <translation>Kodning med ”%1” i ”%2”</translation>
    </message>
    <message>
        <source>Case ‘%1’</source>
        <translation>Fall ”%1”</translation>
    </message>
    <message>
        <source>Theme ‘%1’</source>
        <translation>Tema ”%1”</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
</context>
<context>
    <name>tematik::MemoPanel</name>
    <message>
        <source>Write down what you notice, ask or suspect. It is kept as you type; there is nothing to save.</source>
        <translation>Skriv ner vad du lägger märke till, undrar eller misstänker. Det sparas medan du skriver; det finns inget att spara.</translation>
    </message>
    <message>
        <source>Double-click a memo to go to what it is on.</source>
        <translation>Dubbelklicka på ett memo för att gå till det som det gäller.</translation>
    </message>
    <message>
        <source>Delete Memo</source>
        <translation>Ta bort memo</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Inget projekt öppet</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Projektmemo</translation>
    </message>
    <message>
        <source>Memo on source ‘%1’</source>
        <translation>Memo om källan ”%1”</translation>
    </message>
    <message>
        <source>Memo on code ‘%1’</source>
        <translation>Memo om koden ”%1”</translation>
    </message>
    <message>
        <source>Memo on this coding</source>
        <translation>Memo om den här kodningen</translation>
    </message>
    <message>
        <source>Memo on case ‘%1’</source>
        <translation>Memo om fallet ”%1”</translation>
    </message>
    <message>
        <source>Memo on theme ‘%1’</source>
        <translation>Memo om temat ”%1”</translation>
    </message>
    <message>
        <source>No memo here.</source>
        <translation>Inget memo här.</translation>
    </message>
</context>
<context>
    <name>tematik::MergeCodeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Slå ihop ”%1”</translation>
    </message>
    <message>
        <source>Merge “%1” into the code chosen below. Its codings move there (a passage that code has coded already is not coded twice), its subcodes become that code&apos;s subcodes, and “%1” goes. Undo puts it back.</source>
        <translation>Slå ihop ”%1” med koden som väljs nedan. Dess kodningar flyttas dit (ett avsnitt som den koden redan kodar kodas inte två gånger), dess underkoder blir den kodens underkoder, och ”%1” försvinner. Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
</context>
<context>
    <name>tematik::PresenterWindow</name>
    <message>
        <source>%1 — Presenter</source>
        <translation>%1 — Presentatör</translation>
    </message>
    <message>
        <source>%1 — Projector</source>
        <translation>%1 — Projektor</translation>
    </message>
    <message>
        <source>The projector is blank (B brings the slide back).</source>
        <translation>Projektorn är släckt (B tar tillbaka bilden).</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nästa:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Type what participants say; Enter stores it.</source>
        <translation>Skriv vad deltagarna säger; Enter sparar det.</translation>
    </message>
    <message>
        <source>Add Remark</source>
        <translation>Lägg till synpunkt</translation>
    </message>
    <message>
        <source>Page Down, →, Space: next · Page Up, ←: previous · B: blank · Esc: leave · Ctrl+1, 2, 3: confirmed, revised, questioned · Del: remove the chosen remark</source>
        <translation>Page Down, →, blanksteg: nästa · Page Up, ←: föregående · B: släck · Esc: avsluta · Ctrl+1, 2, 3: bekräftat, reviderat, ifrågasatt · Del: ta bort vald synpunkt</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Bild %1 av %2</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Återkoppling på ”%1”</translation>
    </message>
    <message>
        <source>Feedback on the meeting as a whole</source>
        <translation>Återkoppling på mötet som helhet</translation>
    </message>
    <message>
        <source>%1 elapsed · %2</source>
        <translation>%1 har gått · %2</translation>
    </message>
</context>
<context>
    <name>tematik::QuickCodePopup</name>
    <message>
        <source>Type a code name…</source>
        <translation>Skriv ett kodnamn…</translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation>Ny kod ”%1”</translation>
    </message>
</context>
<context>
    <name>tematik::ReportDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the whole report as text.</source>
        <translation>Kopiera hela rapporten som text.</translation>
    </message>
    <message>
        <source>&amp;Save as Text…</source>
        <translation>&amp;Spara som text…</translation>
    </message>
    <message>
        <source>Save Report as Text</source>
        <translation>Spara rapporten som text</translation>
    </message>
    <message>
        <source>import report.txt</source>
        <translation>importrapport.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>tematik::RestoreBackupDialog</name>
    <message>
        <source>On opening</source>
        <translation>Vid öppning</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Damaged project, kept as it was</source>
        <translation>Skadat projekt, sparat som det var</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kod</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln kodning</numerusform>
            <numerusform>%Ln kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memo(s)</source>
        <translation>
            <numerusform>%Ln memo</numerusform>
            <numerusform>%Ln memon</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore “%1” from a Backup</source>
        <translation>Återställ ”%1” från en säkerhetskopia</translation>
    </message>
    <message>
        <source>“%1” has no backups yet. Tematik backs a project up each time it opens it, when something has changed since the last backup.</source>
        <translation>”%1” har inga säkerhetskopior ännu. Tematik säkerhetskopierar ett projekt varje gång det öppnas, om något har ändrats sedan den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>Tematik backs a project up each time it opens it, when something has changed since the last backup. Restoring puts the chosen backup in the project&apos;s place; the project as it is now is kept as a backup first, so a restore can be undone by restoring that one.</source>
        <translation>Tematik säkerhetskopierar ett projekt varje gång det öppnas, om något har ändrats sedan den senaste säkerhetskopian. En återställning sätter den valda säkerhetskopian i projektets ställe; projektet som det är nu sparas först som en säkerhetskopia, så att återställningen kan ångras genom att återställa den.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Vad den innehåller</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>tematik::RetrievalPanel</name>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>Show the segments of one source only</source>
        <translation>Visa bara segmenten i en källa</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alla talare</translation>
    </message>
    <message>
        <source>Show what one speaker said only</source>
        <translation>Visa bara vad en talare sa</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla fall</translation>
    </message>
    <message>
        <source>Show the segments of participants with this attribute value only</source>
        <translation>Visa bara segment från deltagare med det här egenskapsvärdet</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alla kodare</translation>
    </message>
    <message>
        <source>Show one coder&apos;s codings only</source>
        <translation>Visa bara en kodares kodningar</translation>
    </message>
    <message>
        <source>Exemplars only</source>
        <translation>Bara exempelcitat</translation>
    </message>
    <message>
        <source>Include subcodes</source>
        <translation>Ta med underkoder</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a segment in its source; click the star or press E to mark an exemplar.</source>
        <translation>Dubbelklicka eller tryck på Enter för att se ett segment i dess källa; klicka på stjärnan eller tryck på E för att markera ett exempelcitat.</translation>
    </message>
    <message>
        <source>Mark or Unmark as Exemplar</source>
        <translation>Markera eller avmarkera som exempelcitat</translation>
    </message>
    <message>
        <source>Copy Segments</source>
        <translation>Kopiera segment</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Inget projekt öppet</translation>
    </message>
    <message>
        <source>Choose a code or a theme to read its coded segments.</source>
        <translation>Välj en kod eller ett tema för att läsa dess kodade segment.</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>Dimension: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Code with subcodes: %1</source>
        <translation>Kod med underkoder: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kod: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 in %3</source>
        <translation>%1 från %2 i %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deltagare</numerusform>
            <numerusform>%Ln deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>no segments</source>
        <translation>inga segment</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Mark Exemplars</source>
        <translation>Markera exempelcitat</translation>
    </message>
    <message>
        <source>Unmark Exemplars</source>
        <translation>Avmarkera exempelcitat</translation>
    </message>
    <message>
        <source>“%1”
(%2)</source>
        <translation>”%1”
(%2)</translation>
    </message>
</context>
<context>
    <name>tematik::SearchPanel</name>
    <message>
        <source>Search all sources: words, &quot;a phrase&quot;, tillit*</source>
        <translation>Sök i alla källor: ord, &quot;en fras&quot;, tillit*</translation>
    </message>
    <message>
        <source>Double-click a hit to see it in its source. Tick hits to code only those.</source>
        <translation>Dubbelklicka på en träff för att se den i dess källa. Kryssa i träffar för att bara koda dem.</translation>
    </message>
    <message>
        <source>Choose or Unchoose Hits</source>
        <translation>Välj eller avmarkera träffar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Avmarkera alla</translation>
    </message>
    <message>
        <source>Code All Hits…</source>
        <translation>Koda alla träffar…</translation>
    </message>
    <message>
        <source>Code Chosen Hits…</source>
        <translation>Koda valda träffar…</translation>
    </message>
    <message>
        <source>Type words to find and press Enter.</source>
        <translation>Skriv ord att söka efter och tryck på Enter.</translation>
    </message>
    <message>
        <source>No source holds “%1”.</source>
        <translation>Ingen källa innehåller ”%1”.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln träff</numerusform>
            <numerusform>%Ln träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 chosen</source>
        <translation>%1 i %2, %3 valda</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Det finns ingen kod med id %1.</translation>
    </message>
    <message>
        <source>Choose the hits to code first.</source>
        <translation>Välj först de träffar som ska kodas.</translation>
    </message>
    <message>
        <source>These hits are coded with ‘%1’ already.</source>
        <translation>De här träffarna är redan kodade med ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln hit(s) with ‘%1’.</source>
        <translation>
            <numerusform>Kodade %Ln träff med ”%1”.</numerusform>
            <numerusform>Kodade %Ln träffar med ”%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had that code already.</source>
        <translation>
            <numerusform>%Ln hade redan den koden.</numerusform>
            <numerusform>%Ln hade redan den koden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>En kod behöver ett namn.</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln Hit(s) with New Code ‘%1’</source>
        <translation>
            <numerusform>Koda %Ln träff med ny kod ”%1”</numerusform>
            <numerusform>Koda %Ln träffar med ny kod ”%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::SearchResultModel</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>“%1” has no word to search for. Type a word, a &quot;phrase in quotes&quot; or the start of a word with * (tillit*).</source>
        <translation>”%1” innehåller inget ord att söka efter. Skriv ett ord, en &quot;fras inom citattecken&quot; eller början av ett ord med * (tillit*).</translation>
    </message>
</context>
<context>
    <name>tematik::SegmentListModel</name>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Exempelcitat</translation>
    </message>
</context>
<context>
    <name>tematik::SlideView</name>
    <message>
        <source>No slide to show</source>
        <translation>Ingen bild att visa</translation>
    </message>
</context>
<context>
    <name>tematik::SourceTreeModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, not linked to a case</source>
        <translation>%1, inte kopplad till något fall</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, fall %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln talartur</numerusform>
            <numerusform>%Ln talarturer</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>tematik::SpeakerCasesDialog</name>
    <message>
        <source>Speakers and cases</source>
        <translation>Talare och fall</translation>
    </message>
    <message>
        <source>Each speaker&apos;s coded segments count for the case chosen here. Interviewers and moderators usually belong to no case.</source>
        <translation>Varje talares kodade segment räknas till det fall som väljs här. Intervjuare och moderatorer hör oftast inte till något fall.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(inget fall)</translation>
    </message>
</context>
<context>
    <name>tematik::SurveyImportDialog</name>
    <message>
        <source>Import survey</source>
        <translation>Importera enkät</translation>
    </message>
    <message>
        <source>Each row is a respondent. Open-ended answers become codable text, one source per question; the other columns describe the respondents.</source>
        <translation>Varje rad är en svarande. Öppna svar blir kodbar text, en källa per fråga; de andra kolumnerna beskriver de svarande.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Svarandes id</translation>
    </message>
    <message>
        <source>Open-ended answer</source>
        <translation>Öppet svar</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Utelämna</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>tematik::ThemeBoard</name>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Nytt &amp;tema…</translation>
    </message>
    <message>
        <source>New &amp;Dimension…</source>
        <translation>Ny &amp;dimension…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Edit De&amp;finition…</source>
        <translation>Redigera de&amp;finition…</translation>
    </message>
    <message>
        <source>Re&amp;move Theme</source>
        <translation>Ta bort te&amp;ma</translation>
    </message>
    <message>
        <source>Remove from Theme</source>
        <translation>Ta bort från tema</translation>
    </message>
    <message>
        <source>Add a theme to the dimension of the current column, or to none</source>
        <translation>Lägg till ett tema i den aktuella kolumnens dimension, eller utan dimension</translation>
    </message>
    <message>
        <source>Add a dimension: a band that groups themes</source>
        <translation>Lägg till en dimension: ett band som grupperar teman</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Namn på det nya temat:</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Ny dimension</translation>
    </message>
    <message>
        <source>Name of the new dimension:</source>
        <translation>Namn på den nya dimensionen:</translation>
    </message>
    <message>
        <source>Rename dimension</source>
        <translation>Byt namn på dimension</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nytt namn på ”%1”:</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definition av ”%1”</translation>
    </message>
    <message>
        <source>What the theme is about, and where its edges are:</source>
        <translation>Vad temat handlar om, och var dess gränser går:</translation>
    </message>
    <message>
        <source>New &amp;Theme Here…</source>
        <translation>Nytt &amp;tema här…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Move to Dimension</source>
        <translation>Flytta till &amp;dimension</translation>
    </message>
    <message>
        <source>No Dimension</source>
        <translation>Ingen dimension</translation>
    </message>
    <message>
        <source>Show &amp;Segments</source>
        <translation>&amp;Visa segment</translation>
    </message>
    <message>
        <source>Remove &amp;Dimension</source>
        <translation>Ta bort &amp;dimension</translation>
    </message>
    <message>
        <source>&amp;Move to Theme</source>
        <translation>&amp;Flytta till tema</translation>
    </message>
    <message>
        <source>No dimension</source>
        <translation>Ingen dimension</translation>
    </message>
    <message>
        <source>&amp;Remove from Theme</source>
        <translation>&amp;Ta bort från tema</translation>
    </message>
    <message>
        <source>Drag codes here</source>
        <translation>Dra koder hit</translation>
    </message>
    <message>
        <source>Every code is in a theme</source>
        <translation>Alla koder ligger i ett tema</translation>
    </message>
</context>
<context>
    <name>tematik::ThemeBoardModel</name>
    <message>
        <source>Not in a theme</source>
        <translation>Inte i något tema</translation>
    </message>
    <message>
        <source>Codes that belong to no theme yet. Drag a card onto a theme to put it there.</source>
        <translation>Koder som ännu inte hör till något tema. Dra ett kort till ett tema för att lägga det där.</translation>
    </message>
</context>
<context>
    <name>tematik::ThemeCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln kodning</numerusform>
            <numerusform>%Ln kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln källa</numerusform>
            <numerusform>%Ln källor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::ThemeHeader</name>
    <message>
        <source>Drop a theme&apos;s heading here to take the theme out of its dimension.</source>
        <translation>Släpp ett temas rubrik här för att ta ut temat ur dess dimension.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>granskat</translation>
    </message>
    <message>
        <source>final</source>
        <translation>slutligt</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>kandidat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kod</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No dimension</source>
        <translation>Ingen dimension</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
</TS>
