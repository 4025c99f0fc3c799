<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPackage</name>
    <message numerus="yes">
        <source>Each time you were verified, by face or another way, the time, the way and the result are kept for %n day(s) and then deleted. No picture is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message numerus="yes">
        <source>The site profile lacks %n item(s) the notice must state; the site profile form shows which.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signs of notice version %1 were printed for all %n device(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered, none in a private space.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have face data past the end of the retention period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) must renew their consent after a material change of the notice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1 (%n day(s) ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log was last verified on %1 (%n day(s) ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <name>FilingService</name>
    <message numerus="yes">
        <source>%1 people have face data stored (the threshold of %2 was reached on %3): file by %4, %n working day(s) from today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message numerus="yes">
        <source>%n face(s) in the picture; only the largest, most central one was searched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>This change is material: %n person(s) must read the new notice and consent again before their face data is used; without renewal it is deleted after %1 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message numerus="yes">
        <source>The recognition engine has changed (now %1): notice version %2 is published and %n consent(s) in force need renewal before those people are recognised again.</source>
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
    <name>StoreFolder</name>
    <message numerus="yes">
        <source>The backup was taken on %1 (%n day(s) ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n deletion(s) made after the backup (%1 resident(s), %2 face template(s) deleted, %3 consent(s) ended).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
<context>
    <name>consentry::ui::CompliancePage</name>
    <message numerus="yes">
        <source>%n obligation(s) need action.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything required is in order; %n point(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The retention purge ran: face data of %n person(s) was deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::EnrollmentWizard</name>
    <message numerus="yes">
        <source>No usable picture for %n second(s). Last hint: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is re-enrolled with %n new face template(s); the old face data was deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::LiveCamera</name>
    <message numerus="yes">
        <source>The camera gave no picture in %n second(s). Check that it is connected and not used by another program, or choose another camera in Preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No picture could be read from &quot;%1&quot; in %n second(s): the files may be damaged or in a format that cannot be read. Choose another source in Preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::LockoutCountdown</name>
    <message numerus="yes">
        <source>Too many wrong passwords for &quot;%1&quot;. You can try again in %n second(s), or use the recovery key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::ResidentsPage</name>
    <message numerus="yes">
        <source>The receipt was not saved; &quot;Save the receipt again&quot; offers it for %n day(s), also after a restart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::RestoreDialog</name>
    <message numerus="yes">
        <source>The store in %1, with its %n resident(s) as they are now, will be replaced by the state saved in the backup %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::SiteProfileTab</name>
    <message numerus="yes">
        <source>This change is material: %n person(s) must read the new notice and consent again before their face data is used; until then they are not recognised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::VerifyPage</name>
    <message numerus="yes">
        <source>%n faces were in the picture; only the chosen one was compared. The others were not processed or recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
