<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EnrollCommand</name>
    <message numerus="yes">
        <source>None of the %n image(s) shows exactly one clear face, so nothing was enrolled (first: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignageCommand</name>
    <message numerus="yes">
        <source>Wrote the sign to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the sign to %1 (%n page).</numerusform>
            <numerusform>Wrote the sign to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::AppController</name>
    <message numerus="yes">
        <source>Retention: face data of %n resident(s) was deleted as the policy requires.</source>
        <translation>
            <numerusform>Retention: face data of %n resident was deleted as the policy requires.</numerusform>
            <numerusform>Retention: face data of %n residents was deleted as the policy requires.</numerusform>
        </translation>
    </message>
</context>
</TS>
