<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeBarChart</name>
    <message>
        <source>Segments by case attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no case attributes to compare segments by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a case attribute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no case attribute “%2”; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case in %1 has a value for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments of %1 are coded with the codes of a theme yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionTranscript</name>
    <message>
        <source>line %1: “%2” is not followed by a cue timing “start --&gt; end”; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the cue timing “%2” is malformed; the cue was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the cue holds no text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the cue ends at %2, before it begins at %3; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no caption cues were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no caption cue could be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no %2 and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 repeats “%2” and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>A case needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a case named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” exists already, with another type (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attribute with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeMatrix</name>
    <message>
        <source>Could not read the codings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no case attribute named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × code: overlapping segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × code: segments in the same turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the segments of the row&apos;s code that overlap a segment of the column&apos;s code. Diagonal: all segments of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the row&apos;s code that overlaps a segment of the column&apos;s code. Diagonal: all participants with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the segments of the row&apos;s code in a speaker turn that also has the column&apos;s code. Diagonal: all segments of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the row&apos;s code in a speaker turn that also has the column&apos;s code. Diagonal: all participants with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the segments of the code from participants with that value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the participants with that value of %1 who have a segment of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the segments of the code in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the participants with a segment of the code in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Cannot change the definition of the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code named “%1” at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code named “%1” under “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be moved under itself or one of its own subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself or one of its own subcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge “%1” into “%2”: both have a subcode named “%3”. Rename or merge one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a code with the GUID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookTable</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookXml</name>
    <message>
        <source>When to use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not to use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
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
    <message>
        <source>A coding (%1–%2) ends past the end of “%3”, which has %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings are being loaded already.</source>
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
    <message>
        <source>cases takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases import takes a project and a table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases: %1 added, %2 updated; %n speaker(s) linked to cases</source>
        <translation>
            <numerusform>Cases: %1 added, %2 updated; %n speaker linked to a case</numerusform>
            <numerusform>Cases: %1 added, %2 updated; %n speakers linked to cases</numerusform>
        </translation>
    </message>
    <message>
        <source>speakers takes a project and optionally a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speakers link takes a project, a source, a speaker label and a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speaker “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey import takes a project and a table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey import needs --text-columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: %1 respondents, %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id-column needs a column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs column names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes describe takes a project and a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes describe needs --definition, --when, --when-not or --example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Described code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes move takes a project and a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes move needs either --parent PARENT or --top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes merge takes a project, the code to merge and the code to merge it into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2 (codings moved: %3, already coded there: %4; subcodes moved: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parent needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position needs a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source needs a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code needs a code path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memos takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memos add takes a project and the memo’s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a memo is on a source or on a code, not on both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added memo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme needs a theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dimension needs a dimension name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribute needs NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context needs a number of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows written as %2</source>
        <translation>
            <numerusform>%1: %n row written as %2</numerusform>
            <numerusform>%1: %n rows written as %2</numerusform>
        </translation>
    </message>
    <message>
        <source>search takes a project and a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coded %n hit(s) with %1</source>
        <translation>
            <numerusform>Coded %n hit with %1</numerusform>
            <numerusform>Coded %n hits with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>themes takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes add takes a project and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dimension “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimensions add takes a project and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes assign takes a project, a code and a theme (or --none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes status takes a project, a theme and candidate, reviewed or final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme&apos;s status is candidate, reviewed or final, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments needs one of --code, --theme and --dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attribute needs NAME=VALUE, or NAME for export figure and export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure needs segments or participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pseudonym-attribute needs an attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export table takes a project, a table (%1) and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table %1: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case attribute named “%1” to take pseudonyms from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export figure takes a project, a kind of figure (%1) and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figure %1: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: tematik-cli writes figures as SVG only; export PNG or PDF from the app&apos;s figure view, or convert the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure %1 needs one --attribute NAME, the case attribute to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 written as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export matrix takes a project, a matrix (overlap, same-turn, attribute or sources) and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown matrix %1: use overlap, same-turn, attribute or sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export matrix attribute needs --attribute NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure is segments or participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme or dimension “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verdict needs confirmed, revised or questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s)</source>
        <translation>
            <numerusform>%n verdict</numerusform>
            <numerusform>%n verdicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n remark</numerusform>
            <numerusform>%n remarks</numerusform>
        </translation>
    </message>
    <message>
        <source>meetings add takes a project and the meeting’s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings add needs --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings are titled “%2”: give the meeting’s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting titled “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback add takes a project, a meeting, a theme and the feedback’s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verdict is on a theme, not on the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no theme or dimension named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added feedback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export qdpx takes a project and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .qdpx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: project written as REFI-QDA project exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export codebook takes a project and an output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .qdc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: codebook written as REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the codebook %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a REFI-QDA project (.qdpx) is imported on its own, into a new or empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the project %1 into %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there, or wait until that command has finished, then try again; commands that only read the project (listing, search, export) work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes list, take or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup list takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources, %2 codes, %3 codings, %4 themes, %5 memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backups in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup take takes one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged since the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restore takes a project file and a backup (its number in backup list, or its file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup number %2; backup list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project as it was is kept as %1; restore it to undo</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more cells than the header; the extra cells are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has more than %L1 cells, more than Tematik reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has %L1 columns, more than a spreadsheet can hold (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Comma-separated values (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataStructureFigure</name>
    <message>
        <source>Data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-order concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-order themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataStructureTable</name>
    <message>
        <source>Data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-order concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-order themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) in no theme not shown</source>
        <translation>
            <numerusform>%Ln code in no theme not shown</numerusform>
            <numerusform>%Ln codes in no theme not shown</numerusform>
        </translation>
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
    <message>
        <source>Cannot open the project %1 here: its latest changes are still in %2, which cannot be read on a read-only medium or in a folder you may not change. Open it once where it can be changed, or copy it together with %2 to such a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open read-only. %2</source>
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
    <message>
        <source>demo theme in a missing dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo theme refers to a missing code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Word document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no word/document.xml; it is not a Word document, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note referred to in the text (id %1) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxTableWriter</name>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>the figure is not a valid SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: a figure is saved as .svg, .png or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>there are no slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlTableWriter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, over the limit of %2</source>
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
</context>
<context>
    <name>InterchangeReport</name>
    <message>
        <source>Kept %1, changed %2, dropped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownTableWriter</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeaningUnitTable</name>
    <message>
        <source>From meaning unit to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>quote (who said it)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quote(s)</source>
        <translation>
            <numerusform>%Ln exemplar quote</numerusform>
            <numerusform>%Ln exemplar quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segment(s)</source>
        <translation>
            <numerusform>%Ln coded segment</numerusform>
            <numerusform>%Ln coded segments</numerusform>
        </translation>
    </message>
    <message>
        <source>pseudonymised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>A meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan the meeting: it shows a theme or a quote twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan the meeting: a theme it shows no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan the meeting: a quote it shows no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the verdict: the meeting or the theme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCheckingTable</name>
    <message>
        <source>Feedback from member checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member-checking meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s): %1</source>
        <translation>
            <numerusform>%Ln meeting: %1</numerusform>
            <numerusform>%Ln meetings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoStore</name>
    <message>
        <source>Cannot write the memo: what it is on no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no memo with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the memo: its meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>content.xml is not well-formed XML (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenDocument file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no content.xml; it is not an OpenDocument text, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtTableWriter</name>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table holds characters that cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiers not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the protection and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF text layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text layer (it is a scanned image); run OCR on it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) without text left out (%1); scanned pages need OCR first.</source>
        <translation>
            <numerusform>%Ln page without text left out (%1); scanned pages need OCR first.</numerusform>
            <numerusform>%Ln pages without text left out (%1); scanned pages need OCR first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) of rotated text left out.</source>
        <translation>
            <numerusform>%Ln word of rotated text left out.</numerusform>
            <numerusform>%Ln words of rotated text left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainTextBuilder</name>
    <message>
        <source>the document&apos;s text is longer than %L1 characters, more than Tematik imports from one file</source>
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
    <message>
        <source>a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on a read-only medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create files in its folder, and changes need files beside the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBackups</name>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: the copy did not pass its check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1: the backup cannot be saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tematik project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Tematik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, can be restored in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files of a damaged project, kept as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the damaged project %1: the folder %2 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the damaged project %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: the backup cannot be copied next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>open for writing in %1 by %2 on %3 (process %4) since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the lock file %2 cannot be created in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: the lock file %2 could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdcExporter</name>
    <message>
        <source>The codebook has no codes to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdcImporter</name>
    <message>
        <source>&lt;%1&gt; at line %2 in %3 is not part of a REFI-QDA codebook; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a REFI-QDA project, not a codebook; import it as a .qdpx project exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA codebook: its root element is &lt;%2&gt;, not &lt;CodeBook&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s &lt;Codes&gt; element is empty, which the REFI-QDA codebook schema does not allow; there were no codes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s &lt;Sets&gt; element is empty, so the file does not validate against the REFI-QDA codebook schema (Taguette writes this); the empty element was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: line %2, column %3: %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” names a code “%2” that is neither in the file nor in the project; that member was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” is already in the theme “%2”, and a code belongs to one theme only, so the set “%3” does not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” was named “%2”: a code beside it had that name, or the name was empty or held “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” had the colour “%2”, which is not one we can read; it was given a colour of the default palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” had no GUID; it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” had the same GUID %2 as an earlier code in the file; it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” had the id “%2”, which is not a GUID; it was given a new GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” is a category in the file (isCodable=&quot;false&quot;); it was kept as a code, which can be used for coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” has the GUID of a code already in the project; merged into it, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” kept its name in the project; the file calls it “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” took its definition from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1” kept its definition in the project; the file&apos;s differs and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a codebook (%2 MB); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1; nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” as the theme “%2”, with %Ln code(s).</source>
        <translation>
            <numerusform>Set “%1” as the theme “%2”, with %Ln code.</numerusform>
            <numerusform>Set “%1” as the theme “%2”, with %Ln codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file refers to %Ln note(s), which a codebook cannot hold; those references were left out.</source>
        <translation>
            <numerusform>The file refers to %Ln note, which a codebook cannot hold; that reference was left out.</numerusform>
            <numerusform>The file refers to %Ln notes, which a codebook cannot hold; those references were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set “%1” says it is a theme in the dimension “%2”, which the file does not hold; it is a theme at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension “%1” names a code “%2” that none of its themes holds; a dimension holds themes, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” became “%2”: that name was free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” as the dimension “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdpxExporter</name>
    <message>
        <source>Could not write the project as REFI-QDA XML.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>%1 is not a REFI-QDA project exchange file: it is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no project document (.qde) but another archive, %2; unpack that one and import it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds its project document in a folder (%2) instead of at the top; it was probably packed from the folder above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no project document (.qde), so it is not a REFI-QDA project exchange file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several project documents (%2) and none is project.qde; which one to read is not clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its project document %2 is itself a ZIP archive; archives inside archives are not unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its project document %2 is not well-formed XML: line %3, column %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its project document %2 is not a REFI-QDA project: its root element is &lt;%3&gt;, not &lt;Project&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2 in %3 was left out: it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selection in source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment “%1” on %2 was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its project document is not well-formed XML: line %2, column %3: %4. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” is the project&apos;s coder of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” as a coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable “%1” is of the type “%2”, which attributes do not have; it was kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable “%1” as a case attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case “%1” has a value of a variable “%2” that the file does not define; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case “%1”: the value “%2” was left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case “%1”, with %Ln value(s).</source>
        <translation>
            <numerusform>Case “%1”, with %Ln value.</numerusform>
            <numerusform>Case “%1”, with %Ln values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source “%1” has no text; it was left out with its %Ln selection(s).</source>
        <translation>
            <numerusform>Source “%1” has no text; it was left out with its %Ln selection.</numerusform>
            <numerusform>Source “%1” has no text; it was left out with its %Ln selections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source “%1” had no GUID of its own; it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note “%1” had no GUID of its own; it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note “%1” is referred to from %2 places; a memo is on one thing, so it was kept on the first only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note “%1” as a memo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1” has neither a text file nor its text inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1” has its text outside the archive (%2), which is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1” has its text in %2, which is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection [%1, %2) in source “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no coding; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lies outside the source&apos;s text; its %Ln coding(s) were left out.</source>
        <translation>
            <numerusform>%1 lies outside the source&apos;s text; its %Ln coding was left out.</numerusform>
            <numerusform>%1 lies outside the source&apos;s text; its %Ln codings were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is named “%2”, but no way of counting positions selects that text; it covers characters [%3, %4) of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read as counting %2, which selects its text; it covers characters [%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is coded with “%2”, which is not in the codebook; that coding was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a coding without a GUID of its own; it was given a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: a REFI-QDA project is imported into a new, empty project, and this one already holds work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1; nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters, a CRLF line break counted as two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 units, a CRLF line break counted as two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1” has values of variables of its own; they were put on a case of its name, made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1” has a value of a variable “%2” that the file does not define; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”: the value “%2” was left out, as its case “%3” has the value “%4” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1”: the value “%2” was left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source “%1”: %Ln value(s) of variables, on the case “%2”.</source>
        <translation>
            <numerusform>Source “%1”: %Ln value of a variable, on the case “%2”.</numerusform>
            <numerusform>Source “%1”: %Ln values of variables, on the case “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty project %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: its parts are in an order that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTableCatalog</name>
    <message>
        <source>Meaning unit, code and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data structure (concepts, themes, dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from member checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RtfImporter</name>
    <message>
        <source>unknown character encoding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF nests groups more than %1 deep at byte %2; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF closes more groups than it opens; the text after the extra closing brace was read as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF has a negative \bin length at byte %1; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF declares %1 bytes of binary data at byte %2, more than the file holds; the file is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF ends before all groups are closed and no text could be read; the file may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF ends before all groups are closed; the file may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (declared in the RTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assumed; the RTF declares no character set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTF uses code page %1, which is not known; its bytes were read as windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) could not be decoded and were replaced by U+FFFD</source>
        <translation>
            <numerusform>%Ln character could not be decoded and was replaced by U+FFFD</numerusform>
            <numerusform>%Ln characters could not be decoded and were replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>Rich Text (RTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not RTF: it does not begin with “{\rtf”</source>
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
    <message>
        <source>%1 is not a Tematik project, or it is too damaged to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: part of it can no longer be read as a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: some of what it holds refers to things it no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its layout is not that of a Tematik project of format %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>Preliminary themes for discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s) to discuss.</source>
        <translation>
            <numerusform>%Ln theme to discuss.</numerusform>
            <numerusform>%Ln themes to discuss.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome everyone, explain that these are preliminary themes, and that their corrections are as welcome as their agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overview: the themes that follow belong to this dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: Does this match your experience? What is missing, what would you put differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything missing? Is there something you would describe differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for anything the themes left out, and note it as feedback on the whole meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1/%2)</source>
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
        <source>this kind of file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file was imported before as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a table; import it as a participant table or as a survey</source>
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
    <name>SrtImporter</name>
    <message>
        <source>SubRip captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1; the action was not saved and the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault in reading or writing %1 stopped the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to work on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read from the disk%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk, or the network connection for a project in a network folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 did not confirm that it stored the changes%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the disk%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open; the action was not saved. Open the project again where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or its disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: part of it can no longer be read as a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the project from one of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tematik project, or it is too damaged to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being changed by another program or window, which did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder cannot be reached, or no files can be made beside it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tematik is not allowed to write %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work on %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one column of open-ended answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” has no answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Could not write %1: %2</source>
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
    <message>
        <source>The encoding was guessed as %1; check the text for garbled letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>There is no source with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThematicMapFigure</name>
    <message>
        <source>Thematic map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes in no dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeBarChart</name>
    <message>
        <source>Segments by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes in no dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments of %1 are coded with the codes of a theme yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeOutline</name>
    <message>
        <source>%1 has no themes yet: add themes and put codes in them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>There is already a theme or dimension named “%1” at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a theme named “%1” in the dimension “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dimension with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension “%1” cannot be put inside another dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the dimension “%1”: its theme “%2” would sit at the top level beside another of the same name. Rename one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme with id %1; codes belong to themes, not to dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebVttImporter</name>
    <message>
        <source>WebVTT captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not start with “WEBVTT”; it was read as WebVTT all the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no %1; it is not an Excel file, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Excel workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell lies beyond the last column Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first worksheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has cells beyond the header; they are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet has more than %L1 cells, more than Tematik reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text in row %1, column %2 is longer than Excel allows (32,767 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>it is not a ZIP container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP container cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP container is damaged or incomplete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the container cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would expand to %2 MB, beyond the safe limit (a ZIP bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the container cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the container is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands beyond the safe limit of %2 MB (a ZIP bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>could not start a ZIP container</source>
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
        <source>Save a picture of the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::CodeDetailsDialog</name>
    <message>
        <source>Definition of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code means, in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passages this code is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages that look alike but belong elsewhere, and where they go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical quotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;not to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::CodebookView</name>
    <message>
        <source>Select words in the text, then double-click a code to code them, or drag them onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Subcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the code “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln subcode(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %Ln subcode will be deleted with it.</numerusform>
            <numerusform>Its %Ln subcodes will be deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>No codings will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::Editor</name>
    <message>
        <source>Add code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change code description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the definition of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge code “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change coding bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code with new code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no memo with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln coding(s)</source>
        <translation>
            <numerusform>Add %Ln coding</numerusform>
            <numerusform>Add %Ln codings</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no theme with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dimension “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dimension “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change theme definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change theme status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put code in theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take code out of its theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark theme as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ExportTableDialog</name>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the quotes marked as exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End each quote with who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise source names, speakers and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: Participant 1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonyms &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table and a format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::FigureView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figure as SVG, PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as “%1”: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln speaker turn</numerusform>
            <numerusform>%Ln speaker turns</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::InterchangeReportDialog</name>
    <message>
        <source>REFI-QDA import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lines containing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: imported, but not as they were (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: imported as they were (%1)</source>
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
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %Ln file(s).</source>
        <translation>
            <numerusform>Imported %1 of %Ln file.</numerusform>
            <numerusform>Imported %1 of %Ln files.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Participant Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers and Cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participant table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cases added, %2 updated, with %Ln attribute(s).</source>
        <translation>
            <numerusform>%1 cases added, %2 updated, with %Ln attribute.</numerusform>
            <numerusform>%1 cases added, %2 updated, with %Ln attributes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s) linked to their cases.</source>
        <translation>
            <numerusform>%Ln speaker linked to a case.</numerusform>
            <numerusform>%Ln speakers linked to their cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Participant Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) imported as sources.</source>
        <translation>
            <numerusform>%Ln question imported as a source.</numerusform>
            <numerusform>%Ln questions imported as sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a speaker turn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coding here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several codings overlap here: click the one to remove in the margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a coding’s stripe in the margin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words the coding should cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Speaker &amp;Turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Coding to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap Selection to &amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen each coded selection to the whole words it touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in All Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member-&amp;Checking Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA Pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Codebook (REFI-QDA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport REFI-QDA Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Code&amp;book (REFI-QDA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as the new project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Codebook (REFI-QDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the codebook %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project exported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Codebook (REFI-QDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook exported as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only: nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Tematik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only. %1 You can read, search and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one program at a time may change a project. You can open it read-only, to read, search and export it, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the project does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1; the project as it was is kept as the backup %2, to undo the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MatrixView</name>
    <message>
        <source>Code × code, overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × code, same turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code × source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case attribute whose values are the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count coded segments, or the distinct participants they come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes to show: all, or those of one theme or dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the matrix as a spreadsheet, document or web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: choose a file type to save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MeetingDialog</name>
    <message>
        <source>Screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3, this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a Member-Checking Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme or quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension or speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected theme or quote earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected theme or quote later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the participants see, in this order. Speakers and sources are for you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (for a lit room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark (for a dimmed room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real speaker names and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Participants may recognise each other, and who said what. Show real names only when everyone has agreed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>meeting title — date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemplar quotes: mark some in Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen meeting with its verdicts and the feedback taken down at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the meeting “%1” with its verdicts and %Ln remark(s) taken down at it?</source>
        <translation>
            <numerusform>Remove the meeting “%1” with its verdicts and %Ln remark taken down at it?</numerusform>
            <numerusform>Remove the meeting “%1” with its verdicts and %Ln remarks taken down at it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo in the main window brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MemberCheckView</name>
    <message>
        <source>Prepare Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback yet. Prepare a meeting, present the themes, and take down what participants say in the presenter window: it appears here, theme by theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MemoListModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding of ‘%1’ in ‘%2’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MemoPanel</name>
    <message>
        <source>Write down what you notice, ask or suspect. It is kept as you type; there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a memo to go to what it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on source ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on code ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on this coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on case ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on theme ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memo here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::MergeCodeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into the code chosen below. Its codings move there (a passage that code has coded already is not coded twice), its subcodes become that code&apos;s subcodes, and “%1” goes. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::PresenterWindow</name>
    <message>
        <source>%1 — Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projector is blank (B brings the slide back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what participants say; Enter stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, →, Space: next · Page Up, ←: previous · B: blank · Esc: leave · Ctrl+1, 2, 3: confirmed, revised, questioned · Del: remove the chosen remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on the meeting as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::QuickCodePopup</name>
    <message>
        <source>Type a code name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ReportDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole report as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::RestoreBackupDialog</name>
    <message>
        <source>On opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged project, kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln theme</numerusform>
            <numerusform>%Ln themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memo(s)</source>
        <translation>
            <numerusform>%Ln memo</numerusform>
            <numerusform>%Ln memos</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore “%1” from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no backups yet. Tematik backs a project up each time it opens it, when something has changed since the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tematik backs a project up each time it opens it, when something has changed since the last backup. Restoring puts the chosen backup in the project&apos;s place; the project as it is now is kept as a backup first, so a restore can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::RetrievalPanel</name>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the segments of one source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what one speaker said only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the segments of participants with this attribute value only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one coder&apos;s codings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplars only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include subcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a segment in its source; click the star or press E to mark an exemplar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or Unmark as Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code or a theme to read its coded segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code with subcodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark Exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::SearchPanel</name>
    <message>
        <source>Search all sources: words, &quot;a phrase&quot;, tillit*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a hit to see it in its source. Tick hits to code only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or Unchoose Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code All Hits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Chosen Hits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source holds “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hits to code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hits are coded with ‘%1’ already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln hit(s) with ‘%1’.</source>
        <translation>
            <numerusform>Coded %Ln hit with ‘%1’.</numerusform>
            <numerusform>Coded %Ln hits with ‘%1’.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had that code already.</source>
        <translation>
            <numerusform>%Ln had that code already.</numerusform>
            <numerusform>%Ln had that code already.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln Hit(s) with New Code ‘%1’</source>
        <translation>
            <numerusform>Code %Ln Hit with New Code ‘%1’</numerusform>
            <numerusform>Code %Ln Hits with New Code ‘%1’</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::SearchResultModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no word to search for. Type a word, a &quot;phrase in quotes&quot; or the start of a word with * (tillit*).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::SegmentListModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::SlideView</name>
    <message>
        <source>No slide to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::SourceTreeModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not linked to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn(s)</source>
        <translation>
            <numerusform>%Ln speaker turn</numerusform>
            <numerusform>%Ln speaker turns</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>tematik::SpeakerCasesDialog</name>
    <message>
        <source>Speakers and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each speaker&apos;s coded segments count for the case chosen here. Interviewers and moderators usually belong to no case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::SurveyImportDialog</name>
    <message>
        <source>Import survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a respondent. Open-ended answers become codable text, one source per question; the other columns describe the respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ThemeBoard</name>
    <message>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Dimension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit De&amp;finition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme to the dimension of the current column, or to none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dimension: a band that groups themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the theme is about, and where its edges are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Theme Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag codes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code is in a theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ThemeBoardModel</name>
    <message>
        <source>Not in a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that belong to no theme yet. Drag a card onto a theme to put it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tematik::ThemeCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tematik::ThemeHeader</name>
    <message>
        <source>Drop a theme&apos;s heading here to take the theme out of its dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln theme</numerusform>
            <numerusform>%Ln themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
