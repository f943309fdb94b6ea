<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExplanationText</name>
    <message numerus="yes">
        <source>%n operation(s) will fail.</source>
        <translation>
            <numerusform>%n operation will fail.</numerusform>
            <numerusform>%n operations will fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing fails, but %n operation(s) have no role to use.</source>
        <translation>
            <numerusform>Nothing fails, but %n operation has no role to use.</numerusform>
            <numerusform>Nothing fails, but %n operations have no role to use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphLabels</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n task definition</numerusform>
            <numerusform>%n task definitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message numerus="yes">
        <source>Rolemap: %n table(s)</source>
        <translation>
            <numerusform>Rolemap: %n table</numerusform>
            <numerusform>Rolemap: %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewGraphText</name>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n task definition</numerusform>
            <numerusform>%n task definitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::CompareView</name>
    <message numerus="yes">
        <source>%n operation(s) change from %1 to %2; breaking: %3.</source>
        <translation>
            <numerusform>%n operation changes from %1 to %2; breaking: %3.</numerusform>
            <numerusform>%n operations change from %1 to %2; breaking: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::DocumentManager</name>
    <message numerus="yes">
        <source>%n file(s) left out:</source>
        <translation>
            <numerusform>%n file left out:</numerusform>
            <numerusform>%n files left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolemap::MainWindow</name>
    <message numerus="yes">
        <source>%n task definition(s)</source>
        <translation>
            <numerusform>%n task definition</numerusform>
            <numerusform>%n task definitions</numerusform>
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
</context>
</TS>
