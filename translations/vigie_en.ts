<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vigie::Backups</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ChartExporter</name>
    <message numerus="yes">
        <source>and %n more source(s), listed in Vigie</source>
        <translation>
            <numerusform>and %n more source, listed in Vigie</numerusform>
            <numerusform>and %n more sources, listed in Vigie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::ChartsView</name>
    <message numerus="yes">
        <source>%n subcontractor(s)</source>
        <translation>
            <numerusform>%n subcontractor</numerusform>
            <numerusform>%n subcontractors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n other(s)</source>
        <translation>
            <numerusform>  and %n other</numerusform>
            <numerusform>  and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n other record(s)</source>
        <translation>
            <numerusform>  and %n other record</numerusform>
            <numerusform>  and %n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 people exposed by %n incident(s)</source>
        <translation>
            <numerusform>%1: %2 people exposed by %n incident</numerusform>
            <numerusform>%1: %2 people exposed by %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) with no official count of the people exposed</source>
        <translation>
            <numerusform>%1: %n incident with no official count of the people exposed</numerusform>
            <numerusform>%1: %n incidents with no official count of the people exposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s) with no sourced count of the people exposed</source>
        <translation>
            <numerusform>%1: %n incident with no sourced count of the people exposed</numerusform>
            <numerusform>%1: %n incidents with no sourced count of the people exposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n other incident(s)</source>
        <translation>
            <numerusform>  and %n other incident</numerusform>
            <numerusform>  and %n other incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::DecpImportDialog</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: %Ln record(s) read, the database is unchanged.</source>
        <translation>
            <numerusform>Nothing new: %Ln record read, the database is unchanged.</numerusform>
            <numerusform>Nothing new: %Ln records read, the database is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contract(s)</source>
        <translation>
            <numerusform>%Ln new contract</numerusform>
            <numerusform>%Ln new contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) in the report</source>
        <translation>
            <numerusform>%n remark in the report</numerusform>
            <numerusform>%n remarks in the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::DetailPanel</name>
    <message numerus="yes">
        <source>%Ln contract(s) held in all, open data included: see All public contracts.</source>
        <translation>
            <numerusform>%Ln contract held in all, open data included: see All public contracts.</numerusform>
            <numerusform>%Ln contracts held in all, open data included: see All public contracts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s))</source>
        <translation>
            <numerusform>(%n item)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::FormErrors</name>
    <message numerus="yes">
        <source>%n problem(s) to fix: see the fields marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>%n problem to fix: see the fields marked in red. Nothing was saved.</numerusform>
            <numerusform>%n problems to fix: see the fields marked in red. Nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::Format</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::IncidentDialog</name>
    <message numerus="yes">
        <source>%n problem(s) to fix: see the fields marked in red. Nothing was saved.</source>
        <translation>
            <numerusform>%n problem to fix: see the fields marked in red. Nothing was saved.</numerusform>
            <numerusform>%n problems to fix: see the fields marked in red. Nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::KeyFiguresPanel</name>
    <message numerus="yes">
        <source>%n incident(s) with no count of people affected</source>
        <translation>
            <numerusform>%n incident with no count of people affected</numerusform>
            <numerusform>%n incidents with no count of people affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least this many: %n incident(s) with no count of people affected are left out</source>
        <translation>
            <numerusform>At least this many: %n incident with no count of people affected is left out</numerusform>
            <numerusform>At least this many: %n incidents with no count of people affected are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most: the people of %n incident(s) with no count are not counted</source>
        <translation>
            <numerusform>At most: the people of %n incident with no count are not counted</numerusform>
            <numerusform>At most: the people of %n incidents with no count are not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) match the filters</source>
        <translation>
            <numerusform>%1 of %n row matches the filters</numerusform>
            <numerusform>%1 of %n rows match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n claim(s), consequences and citations are deleted with it. Sources stay. Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Its %n claim, consequences and citations are deleted with it. Sources stay. Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Its %n claims, consequences and citations are deleted with it. Sources stay. Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) already imported under SIREN %1 now belong to it.</source>
        <translation>
            <numerusform>%n organisation already imported under SIREN %1 now belongs to it.</numerusform>
            <numerusform>%n organisations already imported under SIREN %1 now belong to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n source(s)</source>
        <translation>
            <numerusform>add %n source</numerusform>
            <numerusform>add %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contract exported to %1</numerusform>
            <numerusform>%Ln contracts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy saved as %1.
The last %n backup(s) are kept.</source>
        <translation>
            <numerusform>Copy saved as %1.
The last backup is kept.</numerusform>
            <numerusform>Copy saved as %1.
The last %n backups are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new contract(s).</source>
        <translation>
            <numerusform>Import finished: %n new contract.</numerusform>
            <numerusform>Import finished: %n new contracts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::OpenDataView</name>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) match</source>
        <translation>
            <numerusform>%Ln contract matches</numerusform>
            <numerusform>%Ln contracts match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::OutsourcingAnalysis</name>
    <message numerus="yes">
        <source>%n contract(s) of unknown amount not shown</source>
        <translation>
            <numerusform>%n contract of unknown amount not shown</numerusform>
            <numerusform>%n contracts of unknown amount not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) of unknown notification date not shown</source>
        <translation>
            <numerusform>%n contract of unknown notification date not shown</numerusform>
            <numerusform>%n contracts of unknown notification date not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) without a known holder not shown</source>
        <translation>
            <numerusform>%n contract without a known holder not shown</numerusform>
            <numerusform>%n contracts without a known holder not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) of unknown duration counted whole at notification</source>
        <translation>
            <numerusform>%n contract of unknown duration counted whole at notification</numerusform>
            <numerusform>%n contracts of unknown duration counted whole at notification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) of unknown date not shown</source>
        <translation>
            <numerusform>%n amendment of unknown date not shown</numerusform>
            <numerusform>%n amendments of unknown date not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-contracting act(s) of unknown amount not credited</source>
        <translation>
            <numerusform>%n sub-contracting act of unknown amount not credited</numerusform>
            <numerusform>%n sub-contracting acts of unknown amount not credited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) known only to the year placed in January</source>
        <translation>
            <numerusform>%n date known only to the year placed in January</numerusform>
            <numerusform>%n dates known only to the year placed in January</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) of unknown date not shown</source>
        <translation>
            <numerusform>%n incident of unknown date not shown</numerusform>
            <numerusform>%n incidents of unknown date not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with no official count of people affected: marked ?, not counted</source>
        <translation>
            <numerusform>%n incident with no official count of people affected: marked ?, not counted</numerusform>
            <numerusform>%n incidents with no official count of people affected: marked ?, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with no sourced count of people affected: marked ?, not counted</source>
        <translation>
            <numerusform>%n incident with no sourced count of people affected: marked ?, not counted</numerusform>
            <numerusform>%n incidents with no sourced count of people affected: marked ?, not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::Repository</name>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln context figure(s)</source>
        <translation>
            <numerusform>%Ln context figure</numerusform>
            <numerusform>%Ln context figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) it buys</source>
        <translation>
            <numerusform>%Ln contract it buys</numerusform>
            <numerusform>%Ln contracts it buys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) it holds</source>
        <translation>
            <numerusform>%Ln contract it holds</numerusform>
            <numerusform>%Ln contracts it holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declared sub-contracting act(s)</source>
        <translation>
            <numerusform>%Ln declared sub-contracting act</numerusform>
            <numerusform>%Ln declared sub-contracting acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies) of its group</source>
        <translation>
            <numerusform>%Ln company of its group</numerusform>
            <numerusform>%Ln companies of its group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::cli</name>
    <message numerus="yes">
        <source>%n values read as unknown or flagged</source>
        <translation>
            <numerusform>%n value read as unknown or flagged</numerusform>
            <numerusform>%n values read as unknown or flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts of watched groups</source>
        <translation>
            <numerusform>%n contract of watched groups</numerusform>
            <numerusform>%n contracts of watched groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %2 (%n problem(s))</source>
        <translation>
            <numerusform>%1 is damaged: %2 (%n problem)</numerusform>
            <numerusform>%1 is damaged: %2 (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subsidiaries</source>
        <translation>
            <numerusform>%n subsidiary</numerusform>
            <numerusform>%n subsidiaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::operations</name>
    <message numerus="yes">
        <source>%n organisations of %1 are called &quot;%2&quot;: give its SIREN, SIRET, TVA or HORS-UE identifier instead</source>
        <translation>
            <numerusform>%n organisation of %1 is called &quot;%2&quot;: give its SIREN, SIRET, TVA or HORS-UE identifier instead</numerusform>
            <numerusform>%n organisations of %1 are called &quot;%2&quot;: give its SIREN, SIRET, TVA or HORS-UE identifier instead</numerusform>
        </translation>
    </message>
</context>
</TS>
