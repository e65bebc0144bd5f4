<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="101"/>
        <source>About kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="102"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="105"/>
        <source>Key-account management for field sales reps. Your accounts, contacts, calls and visits live on this computer, and everything works without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="109"/>
        <source>Your data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="110"/>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailPane</name>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="220"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="269"/>
        <source>Personality notes on this person stay on this laptop: they are not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="356"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="357"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="358"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="359"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="360"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="361"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="362"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="362"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="363"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="364"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="365"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="451"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="366"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="370"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="374"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="382"/>
        <source>Biggest project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="383"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="384"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="385"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="389"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="394"/>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="403"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="404"/>
        <source>Shared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="409"/>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="436"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="436"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="575"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="437"/>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="452"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="367"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="453"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="368"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="454"/>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="456"/>
        <source>Knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="457"/>
        <source>Yes, known to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="457"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="479"/>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="483"/>
        <source>Assess to confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="485"/>
        <source>Check again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="487"/>
        <source>Add observations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="490"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="492"/>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="565"/>
        <source>Calls and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="567"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="568"/>
        <source>Edit this account (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="569"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="570"/>
        <source>Add a contact to this account (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="571"/>
        <source>Plan visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="573"/>
        <source>Plan a visit to this account&apos;s people (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="577"/>
        <source>Delete this account with its contacts and visits (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="580"/>
        <source>Select an account in the table to see its details and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="261"/>
        <source>Looking for accounts with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_dialog.py" line="271"/>
        <source>%n other account(s) already have this name. Save anyway if this is another company.</source>
        <translation>
            <numerusform>%n other account already has this name. Save anyway if this is another company.</numerusform>
            <numerusform>%n other accounts already have this name. Save anyway if this is another company.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="295"/>
        <source>Saving the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="338"/>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="353"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="353"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="355"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="356"/>
        <source>&amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="358"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="359"/>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="360"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="361"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="362"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="363"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="364"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="365"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="366"/>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="367"/>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="368"/>
        <source>&amp;Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="369"/>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="370"/>
        <source>Contact &amp;every (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="371"/>
        <source>Wor&amp;king hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="372"/>
        <source>L&amp;unch break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="373"/>
        <source>Bac&amp;kground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="374"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="375"/>
        <source>Biggest &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="376"/>
        <source>&amp;Competitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="377"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="381"/>
        <source>Required, e.g. 华为技术有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="383"/>
        <source>e.g. 010 6552 8888; 138 0013 8000 ext. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="386"/>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="388"/>
        <source>e.g. 09:00-18:00, for contacts without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="390"/>
        <source>e.g. 12:00-13:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="396"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="175"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="205"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="192"/>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="194"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="249"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="367"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="196"/>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="214"/>
        <source>Loading the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="228"/>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="247"/>
        <source>Contact %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="251"/>
        <source>Contact %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="259"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="260"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="261"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="262"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="263"/>
        <source>%n special date(s)</source>
        <translation>
            <numerusform>%n special date</numerusform>
            <numerusform>%n special dates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="269"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="269"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="275"/>
        <source>Counting what goes with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="281"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="284"/>
        <source>Its %1 go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="285"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="302"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="321"/>
        <source>You can undo this with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="287"/>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="287"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="304"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="322"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="292"/>
        <source>Deleting the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="299"/>
        <source>Delete the contact %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="301"/>
        <source>Delete this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="304"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="309"/>
        <source>Deleting the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="317"/>
        <source>Delete the visit %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="319"/>
        <source>Delete this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="320"/>
        <source>The promises made at it go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="322"/>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="326"/>
        <source>Deleting the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="331"/>
        <source>the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="351"/>
        <source>The personality of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="360"/>
        <source>Clearing the personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="371"/>
        <source>the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="377"/>
        <source>Cleared the personality of %1 — Undo (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="388"/>
        <source>Deleted %1 — Undo (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="403"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="406"/>
        <source>&amp;Undo deleting account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="408"/>
        <source>&amp;Undo deleting visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="410"/>
        <source>&amp;Undo clearing the personality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="411"/>
        <source>&amp;Undo deleting contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="421"/>
        <source>Undoing the clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="423"/>
        <source>Undoing the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="432"/>
        <source>The personality of %1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="435"/>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="441"/>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="84"/>
        <source>Loading filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="107"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="155"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="156"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="157"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="158"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="159"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="160"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="175"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSearch</name>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="155"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="177"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="181"/>
        <source>Try part of a name, pinyin initials (hw) or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="196"/>
        <source>After a first download kamdesk builds its search index while you work; clients not yet in it are not found until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="201"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="202"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="51"/>
        <source>Search %1% ready: some clients may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="209"/>
        <source>%1 (the first %2 of %3: type more to narrow them down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="212"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="240"/>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="240"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="246"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="247"/>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="248"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="249"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="250"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="251"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="252"/>
        <source>pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="253"/>
        <source>pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="261"/>
        <source>Search accounts and contacts: name, pinyin, phone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="158"/>
        <location filename="../../kamdesk/ui/account_model.py" line="211"/>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="278"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="301"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="302"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="303"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="304"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="305"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="306"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="307"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="308"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="309"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="310"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="311"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts_page.py" line="204"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>%n key account</numerusform>
            <numerusform>%n key accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="207"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="217"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="219"/>
        <source>Your key accounts will be listed here with their industry, region, category, class and tier. Import your list with &lt;b&gt;File ▸ Import…&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="223"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="228"/>
        <source>No account matches these filters. Use “Clear filters” to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="301"/>
        <source>1 Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="302"/>
        <source>2 Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="307"/>
        <source>0 Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="303"/>
        <source>You saw this (key 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="296"/>
        <source>1 Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="297"/>
        <source>2 No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="298"/>
        <source>This is like you (key 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="299"/>
        <source>This is not like you (key 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="305"/>
        <source>You looked for it and it was not there (key 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="308"/>
        <source>You cannot say (key 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingScheduler</name>
    <message>
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="161"/>
        <source>Looking for visits about to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="210"/>
        <source>Visit in %n minute(s)</source>
        <translation>
            <numerusform>Visit in %n minute</numerusform>
            <numerusform>Visit in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="211"/>
        <source>%1 at %2. Click to read the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="124"/>
        <source>started %n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="126"/>
        <source>starting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="128"/>
        <source>in %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="131"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="136"/>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="142"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="143"/>
        <source>Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="144"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="145"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="146"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="147"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="482"/>
        <source>Preparing the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="501"/>
        <source>The briefing could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="509"/>
        <source>Briefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="518"/>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="525"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="526"/>
        <source>Nobody is named for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="552"/>
        <source>Style not assessed yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="555"/>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="560"/>
        <source>Watch how they speak, decide and keep their office, then note it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="571"/>
        <source>Assess again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="586"/>
        <source>You (%1) with them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="594"/>
        <source>Assess your own style in Settings to get a hint for this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="610"/>
        <source>Call today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="612"/>
        <source>No good time to call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="626"/>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="628"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="631"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="632"/>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="633"/>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="640"/>
        <source>Give the account a class to see the strategy that fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="643"/>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="650"/>
        <source>Last visit and open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="654"/>
        <source>First visit to this account: no earlier visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/briefing_window.py" line="658"/>
        <source>%1 (%n day(s) before)</source>
        <translation>
            <numerusform>%1 (%n day before)</numerusform>
            <numerusform>%1 (%n days before)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="663"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="665"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="669"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="674"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="681"/>
        <source>Nothing was written about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="685"/>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="692"/>
        <source>Promises still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="696"/>
        <source>No promises open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="702"/>
        <location filename="../../kamdesk/ui/briefing_window.py" line="770"/>
        <source>Preparation: %1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="715"/>
        <source>This kind of visit has no checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="719"/>
        <source>Objection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="747"/>
        <source>The tick was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="759"/>
        <source>Ticking a preparation step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="780"/>
        <source>Save briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="782"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="794"/>
        <source>Briefing %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="811"/>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="812"/>
        <source>%1 already exists.

Replace it with this briefing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="815"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="824"/>
        <source>Saving the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="837"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="846"/>
        <source>Briefing not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="847"/>
        <source>The briefing could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="870"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="872"/>
        <source>The briefing on one page, to read on the phone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="874"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="875"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="877"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="552"/>
        <source>Preparing the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="564"/>
        <source>Reading the contact&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="584"/>
        <source>Personality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="586"/>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="613"/>
        <source>(none: speak of our customers in general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="635"/>
        <source>The call cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="650"/>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="653"/>
        <source>good visit %1 (%2/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="688"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="690"/>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="700"/>
        <source>At the contact&apos;s next good time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="702"/>
        <source>At the contact&apos;s next good time (none in three weeks: tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="706"/>
        <source>No one picked up. A retry is planned at the contact&apos;s next good time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="707"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="738"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="740"/>
        <source>Fill in %1 in Settings: the script says them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="745"/>
        <source>Your edited script cannot be used, so the standard one is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="901"/>
        <source>Logging the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="931"/>
        <source>The call could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="965"/>
        <source>Phone invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="967"/>
        <source>1 · Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="968"/>
        <source>2 · State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="969"/>
        <source>3 · Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="972"/>
        <source>Who you are, whom you work for, what you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="973"/>
        <source>What we did for a company like theirs, and that we can do it for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="974"/>
        <source>A natural invitation, no pressure: confirm time, place and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="979"/>
        <source>The manual&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="980"/>
        <source>&amp;Notes on this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="982"/>
        <source>Who answered, whether they had a minute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="985"/>
        <source>What caught their interest, their questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="987"/>
        <source>What they said about meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="988"/>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="989"/>
        <source>&amp;Edit script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="990"/>
        <source>&amp;Reference customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="991"/>
        <source>How did the call end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="993"/>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="994"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="995"/>
        <source>Not &amp;interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="996"/>
        <source>No answe&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1001"/>
        <source>Choose how the call ended; an appointment becomes a planned visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1006"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1007"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1008"/>
        <source>Wh&amp;o will attend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1009"/>
        <source>&amp;Kind of visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1014"/>
        <source>Where you will meet, e.g. their office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/call_dialog.py" line="1018"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1027"/>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1028"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1029"/>
        <source>e.g. in a meeting, call after 3 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1030"/>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1031"/>
        <source>Required, e.g. they already have a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1032"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1033"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1034"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1035"/>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1037"/>
        <source>Start the timer again from 00:00 (when the call is picked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1039"/>
        <source>How long the call has lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1040"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1041"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="122"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="123"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="125"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="124"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="126"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="168"/>
        <source>No good time to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="172"/>
        <source>no good time left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="174"/>
        <source>no good time on this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="384"/>
        <source>Preparing the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="415"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="415"/>
        <source>Whom to call, why, and when each person can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="417"/>
        <source>‹ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="418"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="419"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="420"/>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="421"/>
        <source>Next day ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="422"/>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="424"/>
        <source>&amp;Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="426"/>
        <source>The guided phone invitation for the selected contact (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="429"/>
        <source>Nobody to call on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="431"/>
        <source>Follow-ups and call-backs that fall due appear here, with accounts to arrange a first visit with and accounts you have not contacted for longer than their interval, each at the time its contact can best be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/calls_page.py" line="444"/>
        <source>%n more account(s) are waiting for a call; they come up on the next days.</source>
        <translation>
            <numerusform>%n more account is waiting for a call; it comes up on the next days.</numerusform>
            <numerusform>%n more accounts are waiting for a call; they come up on the next days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="70"/>
        <location filename="../../kamdesk/sync/describe.py" line="85"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="71"/>
        <location filename="../../kamdesk/sync/describe.py" line="86"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="72"/>
        <location filename="../../kamdesk/sync/describe.py" line="87"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="73"/>
        <location filename="../../kamdesk/sync/describe.py" line="88"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="74"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="75"/>
        <source>Special date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="76"/>
        <location filename="../../kamdesk/sync/describe.py" line="113"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="83"/>
        <location filename="../../kamdesk/sync/describe.py" line="84"/>
        <source>(the whole record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="129"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="108"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="126"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="90"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="103"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="104"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="149"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="152"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="155"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="157"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="96"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="91"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="92"/>
        <source>Work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="93"/>
        <source>Work ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="94"/>
        <source>Lunch break starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="95"/>
        <source>Lunch break ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="97"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="105"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="106"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="107"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="109"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="110"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="111"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="112"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="114"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="115"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="116"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="117"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="118"/>
        <source>Biggest project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="119"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="120"/>
        <source>Contact every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="127"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="128"/>
        <source>Role in decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="130"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="131"/>
        <source>Usual call times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="132"/>
        <source>Knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="133"/>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="134"/>
        <source>Personality assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="135"/>
        <source>Personality notes kept on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="136"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="137"/>
        <source>Birthday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="138"/>
        <source>Birthday in a leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="144"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="145"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="146"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="147"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="148"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="150"/>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="151"/>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="153"/>
        <source>Needs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="154"/>
        <source>Objections met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="156"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="163"/>
        <source>Called at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="164"/>
        <source>Length of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="165"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="166"/>
        <source>Script version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="167"/>
        <source>Notes on the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="168"/>
        <source>How the call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="169"/>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="175"/>
        <source>Kind of follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="176"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="177"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="178"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="179"/>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="185"/>
        <source>Kind of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="186"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="187"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="188"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="189"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="190"/>
        <source>Leap month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="191"/>
        <source>Remind days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="192"/>
        <source>What the date is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="198"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="199"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="200"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="232"/>
        <source>Deleted here, but edited elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="234"/>
        <source>Edited on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="235"/>
        <source>Text edited on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="236"/>
        <source>Edited, but deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="237"/>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="260"/>
        <source>kept the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="261"/>
        <source>used the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="262"/>
        <source>restored the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="294"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="298"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="347"/>
        <source>Solar calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="348"/>
        <source>Lunar calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="372"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="373"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="374"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="375"/>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="386"/>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="406"/>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="409"/>
        <source>assessed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="421"/>
        <source>%1 ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="427"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="461"/>
        <source>(not on the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="462"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="468"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="468"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="490"/>
        <location filename="../../kamdesk/sync/describe.py" line="527"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="502"/>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="151"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="154"/>
        <source>The same thing was changed on two computers, or the hub refused a change. Nothing was lost: choose which value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="158"/>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="161"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="270"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="162"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="271"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1290"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="163"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1291"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="164"/>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1292"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="165"/>
        <source>Who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="166"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="272"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="169"/>
        <source>&amp;Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="170"/>
        <source>Keep the value the record holds now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="171"/>
        <source>Use the &amp;other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="172"/>
        <source>Put the other value in its place (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="173"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="175"/>
        <source>Bring the deleted record back, with the changes made to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="177"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="193"/>
        <source>Reading the sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="235"/>
        <source>No conflicts: none of your changes clashed with another rep&apos;s, and the hub refused none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="239"/>
        <source>No conflicts, open or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1301"/>
        <location filename="../../kamdesk/sync/describe.py" line="491"/>
        <location filename="../../kamdesk/sync/describe.py" line="523"/>
        <location filename="../../kamdesk/sync/describe.py" line="615"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1287"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="246"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="619"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="626"/>
        <source>other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="628"/>
        <source>current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="630"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="636"/>
        <location filename="../../kamdesk/sync/describe.py" line="648"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="268"/>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="273"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="274"/>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="276"/>
        <source>Now in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="277"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="277"/>
        <source>the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="279"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="283"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="283"/>
        <source>The record was deleted; Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1295"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="286"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1297"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="288"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="245"/>
        <source>you may not see this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="246"/>
        <source>only the owner of the account may change this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="247"/>
        <source>the hub does not have this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="248"/>
        <source>the hub does not know its account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="249"/>
        <source>the hub found the change invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="250"/>
        <source>another change saved together with it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="330"/>
        <source>Resolving a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="435"/>
        <source>Saving the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="470"/>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="484"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="484"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="486"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="489"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="490"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="491"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="492"/>
        <source>&amp;Role in decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="493"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="494"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="495"/>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="496"/>
        <source>&amp;Lunch break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="497"/>
        <source>&amp;Usual call times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="498"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="499"/>
        <source>&amp;Knows you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="500"/>
        <source>Personalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="501"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="502"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="503"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="507"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="508"/>
        <source>e.g. 138 0013 8000; 010 6552 8888 ext. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="509"/>
        <source>e.g. wang@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="510"/>
        <source>e.g. 09:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="511"/>
        <source>e.g. 12:00-13:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="513"/>
        <source>e.g. 08:00-08:30; 19:00-20:00 (separate ranges with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="517"/>
        <source>Empty: your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="518"/>
        <source>You have met or spoken with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="519"/>
        <source>Keep personality notes on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="522"/>
        <source>Ticked: your observations and this person&apos;s style stay here and are never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="525"/>
        <source>Solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="526"/>
        <source>Lunar (农历)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="527"/>
        <source>e.g. 1985-08-12 or 08-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="528"/>
        <source>Leap &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="531"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="52"/>
        <source>Visit to %1: what you typed before kamdesk closed unexpectedly at %2 was recovered and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="58"/>
        <source>Visit to %1: what you typed before kamdesk closed unexpectedly at %2 is kept but not saved, because the report was changed elsewhere since. Open the visit to choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="65"/>
        <source>Visit to %1 was deleted; what you typed in it before kamdesk closed unexpectedly at %2 is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="71"/>
        <source>A copy of a visit report that could not be read was moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="121"/>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="139"/>
        <source>Recovered what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="129"/>
        <source>Open the visits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="140"/>
        <source>What you typed before kamdesk closed unexpectedly could not be saved: %1
It is kept and offered again when you open the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="149"/>
        <source>Recovering what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="46"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="47"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="48"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="49"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="50"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="51"/>
        <source>Special dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="52"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="85"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="136"/>
        <source>Save import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="85"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="140"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="87"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="116"/>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="117"/>
        <source>%1 already exists.

Replace it with the new file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="120"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="133"/>
        <source>Everything, lossless JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="134"/>
        <source>Contact list, CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="137"/>
        <source>kamdesk import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="138"/>
        <source>Import template, CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="183"/>
        <source>Saving the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="191"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="210"/>
        <source>Import template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="212"/>
        <source>The import template was saved to
%1

Fill in one row per contact and import it with File ▸ Import….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="216"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="227"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="218"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="222"/>
        <source>Everything was exported to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/export_dialog.py" line="228"/>
        <source>%n row(s) exported to
%1</source>
        <translation>
            <numerusform>%n row exported to
%1</numerusform>
            <numerusform>%n rows exported to
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="240"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="241"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="539"/>
        <location filename="../../kamdesk/ui/report_export.py" line="581"/>
        <source>One PDF with all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="541"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="547"/>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="556"/>
        <source>Choose where to save the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="560"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="562"/>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="564"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="579"/>
        <source>Export visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="580"/>
        <source>%n visit report(s) to export as PDF.</source>
        <translation>
            <numerusform>%n visit report to export as PDF.</numerusform>
            <numerusform>%n visit reports to export as PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="582"/>
        <source>One PDF file per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="584"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="584"/>
        <source>Into folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="586"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="587"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransferActions</name>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="60"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="62"/>
        <source>Import accounts and contacts from CSV, Excel, vCard or a kamdesk export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="64"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="66"/>
        <source>Export everything (JSON) or the contact list (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="68"/>
        <source>Save import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="70"/>
        <source>Save a file with the columns kamdesk reads and one example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="103"/>
        <source>Import finished. New accounts: %1; new contacts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="272"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="273"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="274"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="275"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="276"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="277"/>
        <source>Account phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="278"/>
        <source>Key-account category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="279"/>
        <source>Account class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="280"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="281"/>
        <source>Account notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="282"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="283"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="284"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="285"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="286"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="287"/>
        <source>Work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="288"/>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="289"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="290"/>
        <source>Known to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="291"/>
        <source>Usual contact times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="292"/>
        <source>Personality type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="293"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="294"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="298"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="361"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="301"/>
        <source>Import accounts and contacts from a spreadsheet (CSV or Excel .xlsx), vCards (.vcf) or a kamdesk export (.json). You see what would change before anything is written; importing the same file again adds no duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="307"/>
        <source>&amp;File to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="308"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="309"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="312"/>
        <source>Starting a new list? Save the import template, fill in one row per contact (rows with the same account name form one account) and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="316"/>
        <source>&amp;Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="319"/>
        <source>Choose what each column of the file holds. Columns recognised by their header are already set; columns set to “Don&apos;t import” are left out. One column must hold the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="333"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="334"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="338"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="553"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="358"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="359"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="360"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="365"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="377"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="380"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="383"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="388"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="419"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="471"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="473"/>
        <source>Importable files (*.csv *.xlsx *.vcf *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="501"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="503"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="548"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="611"/>
        <source>No column is imported as the account name: set the column that holds it to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="636"/>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="637"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="680"/>
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2): %n row.</numerusform>
            <numerusform>%1 (%2): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="684"/>
        <source>%n row(s) can be imported; the rows listed below cannot.</source>
        <translation>
            <numerusform>%n row can be imported; the rows listed below cannot.</numerusform>
            <numerusform>%n rows can be imported; the rows listed below cannot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="687"/>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="688"/>
        <source>Importing would make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="697"/>
        <source>%n row(s) with problems will not be imported:</source>
        <translation>
            <numerusform>%n row with problems will not be imported:</numerusform>
            <numerusform>%n rows with problems will not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="709"/>
        <source>Only the first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="713"/>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="718"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones are kept.</source>
        <translation>
            <numerusform>%n value in the file differs from the one already stored; the stored one is kept.</numerusform>
            <numerusform>%n values in the file differ from those already stored; the stored ones are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="726"/>
        <source>No row can be imported: correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="747"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="754"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="756"/>
        <source>Cancel stops the import and leaves your data as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="770"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="773"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="774"/>
        <source>Your data now holds these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="784"/>
        <source>%n row(s) with problems were not imported; correct them in the file and import it again: the rows already imported are not duplicated.</source>
        <translation>
            <numerusform>%n row with problems was not imported; correct it in the file and import it again: the rows already imported are not duplicated.</numerusform>
            <numerusform>%n rows with problems were not imported; correct them in the file and import it again: the rows already imported are not duplicated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="793"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones were kept.</source>
        <translation>
            <numerusform>%n value in the file differed from the one already stored; the stored one was kept.</numerusform>
            <numerusform>%n values in the file differed from those already stored; the stored ones were kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="806"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="807"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="816"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="818"/>
        <source>The import failed: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="508"/>
        <source>Select an account on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="544"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="633"/>
        <source>Select a visit on the Visits or Today page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="667"/>
        <source>Listing the week&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="694"/>
        <source>Looking for the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="700"/>
        <source>No planned visit ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="722"/>
        <source>Visit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="754"/>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="761"/>
        <source>Your data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="786"/>
        <location filename="../../kamdesk/ui/main_window.py" line="872"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="787"/>
        <source>Creating demo accounts and contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="788"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="802"/>
        <source>Creating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="813"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="819"/>
        <source>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; Help ▸ Remove demo data takes them out again. Demo data never goes to the office hub: this folder does not sync while it holds some.</source>
        <translation>
            <numerusform>This adds %n demo account, with contacts, visits and follow-ups, to your data folder. Use it to look around; Help ▸ Remove demo data takes it out again. Demo data never goes to the office hub: this folder does not sync while it holds some.</numerusform>
            <numerusform>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; Help ▸ Remove demo data takes them out again. Demo data never goes to the office hub: this folder does not sync while it holds some.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="828"/>
        <source>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</source>
        <translation>
            <numerusform>Your data folder already holds %n account: the demo accounts will be mixed in with it.</numerusform>
            <numerusform>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="834"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="853"/>
        <source>Demo data loaded: %1 accounts and %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="864"/>
        <source>Demo data was not loaded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="873"/>
        <source>The demo data could not be created: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="888"/>
        <source>Counting the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="894"/>
        <location filename="../../kamdesk/ui/main_window.py" line="911"/>
        <location filename="../../kamdesk/ui/main_window.py" line="937"/>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="897"/>
        <source>There is no demo data in this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="902"/>
        <source>Remove the demo data? Demo accounts: %1, with contacts: %2, visits: %3 and follow-ups: %4. Whatever you added to a demo account goes with it; your own accounts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="915"/>
        <source>Removing the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="918"/>
        <source>Removing the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="925"/>
        <source>Demo data removed: demo accounts: %1. This folder can sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="938"/>
        <source>The demo data could not be removed: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="950"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="953"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="960"/>
        <source>Backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="965"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="966"/>
        <source>Your data was backed up to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="973"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="974"/>
        <source>The backup could not be made: %1

Your data itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="986"/>
        <source>Listing backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="999"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1001"/>
        <source>Replace your data with the backup %1?

Your current database is kept first, as a before-restore backup in the backups folder, so you can go back to it. kamdesk then reopens your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1005"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1009"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1012"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1018"/>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1021"/>
        <source>The backup was restored and your data reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1023"/>
        <source>Your previous database was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1026"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1032"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1033"/>
        <source>The backup could not be restored: %1

Your data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1043"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1044"/>
        <source>No file manager could be started. Your data folder is
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1150"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1151"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1152"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1153"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1158"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1159"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1160"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1161"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1162"/>
        <source>Make a copy of your data in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1163"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1164"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1166"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1167"/>
        <source>&amp;Find account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1168"/>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1169"/>
        <source>&amp;Remove demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1171"/>
        <source>Take the demo accounts out again, before you sync with the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1173"/>
        <source>&amp;About kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1174"/>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1175"/>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1176"/>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1177"/>
        <source>&amp;Delete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1178"/>
        <source>New &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1179"/>
        <source>&amp;Preview visit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1181"/>
        <source>Show the report of the visit selected on the Visits or Today page as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1183"/>
        <source>Export &amp;visit reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1185"/>
        <source>Save the reports of the week&apos;s visits as PDF (the week the Visits page shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1187"/>
        <source>&amp;Briefing for the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1189"/>
        <source>Who you will meet and how to handle them, before the next planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1195"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1197"/>
        <source>Your data lives in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalityDialog</name>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="500"/>
        <source>Loading the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="514"/>
        <source>The contact cannot be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="521"/>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="899"/>
        <source>No particular visit or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="542"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="542"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="637"/>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="639"/>
        <source>No observations yet: answer what you saw, row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="643"/>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="645"/>
        <source>%1: %2 not clear yet; the observations point both ways or are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="647"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="652"/>
        <source>Note more at your next visit or call to be surer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="653"/>
        <source>Fairly sure; a few more observations will settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="654"/>
        <source>The observations agree: you can rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="657"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="664"/>
        <source>%1 (chosen by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="670"/>
        <source>nothing observed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="672"/>
        <source>balanced (undecided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="693"/>
        <source>an earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="693"/>
        <source>an earlier call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="706"/>
        <source>Nothing observed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="716"/>
        <source>seen %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="718"/>
        <source>not seen %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="723"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="763"/>
        <source>Answer at least one behaviour (1 or 2), or choose the style yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="775"/>
        <source>Saving the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="820"/>
        <source>The assessment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="866"/>
        <source>Your own style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="867"/>
        <source>How do you work with people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="870"/>
        <source>Answer for yourself, honestly: 1 yes, 2 no, 0 don&apos;t know; the arrow keys move. Knowing your own style gives you a hint for each client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="876"/>
        <source>Personality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="878"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="880"/>
        <source>What did you observe of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="883"/>
        <source>Answer each row with what you saw: 1 seen, 2 looked for and not seen, 0 don&apos;t know; the arrow keys move. The style follows from your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="889"/>
        <source>So far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="892"/>
        <source>Go through the list with what you saw lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="896"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="897"/>
        <source>&amp;Seen at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="905"/>
        <source>%1: %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="912"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="913"/>
        <source>&lt;b&gt;Evidence kept&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="914"/>
        <source>&amp;Choose the style yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="921"/>
        <source>Why: what you saw that the list misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="922"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="205"/>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="207"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="361"/>
        <source>Save visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="363"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="461"/>
        <source>Visit reports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="776"/>
        <source>Export visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="777"/>
        <source>There are no visits to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="788"/>
        <source>%1 already exists.

Replace it with the new file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportProgress</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="617"/>
        <source>Export visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="618"/>
        <source>Reading the visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="619"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="633"/>
        <source>Reading the visits for their reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="655"/>
        <source>%n file(s) with the same name already exist in %1, such as %2.

Replace them with the new reports?</source>
        <translation>
            <numerusform>%n file with the same name already exist in %1, such as %2.

Replace them with the new reports?</numerusform>
            <numerusform>%n files with the same name already exist in %1, such as %2.

Replace them with the new reports?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="673"/>
        <source>Writing the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="678"/>
        <source>Writing visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="701"/>
        <source>Writing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="712"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="734"/>
        <source>%n visit report(s) saved in
%1</source>
        <translation>
            <numerusform>%n visit report saved in
%1</numerusform>
            <numerusform>%n visit reports saved in
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="738"/>
        <source>%n PDF file(s) saved in
%1</source>
        <translation>
            <numerusform>%n PDF file saved in
%1</numerusform>
            <numerusform>%n PDF files saved in
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="741"/>
        <source>Reports exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="753"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="754"/>
        <source>The reports could not be written (no file was saved): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="291"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="295"/>
        <source>Reading the visit for its report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="307"/>
        <source>Laying out the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="323"/>
        <source>the PDF could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="330"/>
        <source>Visit report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="332"/>
        <location filename="../../kamdesk/ui/report_export.py" line="417"/>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="340"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="350"/>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="382"/>
        <source>%1 already exists.

Replace it with this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="391"/>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="402"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="412"/>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="413"/>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="418"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="419"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="118"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="120"/>
        <source>kamdesk backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="132"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="135"/>
        <source>Choose the backup to go back to. Your current data is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="139"/>
        <source>There are no backups in the backups folder yet. You can restore a backup file from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="144"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="145"/>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPreparer</name>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="77"/>
        <source>Preparing the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="87"/>
        <source>Preparing the search… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="90"/>
        <source>After a first download kamdesk builds its search index while you work. Until it is done, search may miss some clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="108"/>
        <source>Search is ready: every client can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="122"/>
        <source>The search index could not be built: %1 It is tried again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="415"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="466"/>
        <source>Your saved assessment cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="470"/>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="470"/>
        <source>Assess again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="482"/>
        <source>Choose the company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="484"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="525"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="534"/>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="555"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="556"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="557"/>
        <source>Your working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="558"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="559"/>
        <source>Clients and briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="561"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="562"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="563"/>
        <source>What you offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="564"/>
        <source>Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="565"/>
        <source>Lunch break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="566"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="567"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="568"/>
        <source>Company logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="569"/>
        <source>Your own style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="570"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="571"/>
        <source>Show the briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="575"/>
        <source>As you introduce yourself on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="576"/>
        <source>The company you represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="577"/>
        <source>One sentence, as it goes into the call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="578"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="579"/>
        <source>Default start of a contact&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="580"/>
        <source>Default end of a contact&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="582"/>
        <source>Type part of a city&apos;s name, such as Shanghai or Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="584"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="585"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="587"/>
        <source>A PNG or JPEG image, printed at the top of your visit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="591"/>
        <source>Answer the same checklist as for a client: each briefing then says how your style meets theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="596"/>
        <source>Keep personality notes of new contacts on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="600"/>
        <source>Observations and styles are about other people: they are not synced unless you switch this off for a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="604"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="605"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="606"/>
        <source>before a planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="609"/>
        <source>The briefing opens by itself this many minutes before each planned visit (0: only when you open it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="188"/>
        <source>Saving who the account is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="215"/>
        <source>Could not save who the account is shared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="228"/>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="230"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="230"/>
        <source>Owner: me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="232"/>
        <source>A colleague&apos;s user name on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="233"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="234"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="237"/>
        <source>The hub checks the names when you sync. Only the account&apos;s owner or a manager may change who it is shared with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="101"/>
        <source>Sign in to the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="104"/>
        <source>Sign in once on this computer to sync with the office hub. Your password is not kept; the sign-in is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="108"/>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="109"/>
        <source>for example https://hub.office.lan:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="110"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="111"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="112"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="113"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="114"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="131"/>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="215"/>
        <source>Signed in as %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="155"/>
        <source>Hub address: enter the address of the office hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="159"/>
        <source>Hub address: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="162"/>
        <source>User name: enter your user name on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="164"/>
        <source>Password: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="189"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="192"/>
        <source>Signing in to the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="230"/>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="235"/>
        <source>The hub at %1 cannot be reached. Check the address and that you are on the office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="242"/>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="259"/>
        <source>Signing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="271"/>
        <source>Signed out. Your data and unsynced changes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="150"/>
        <source>kamdesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="151"/>
        <source>Your data is in use by another kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="153"/>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="154"/>
        <source>kamdesk cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="160"/>
        <source>Restore latest backup puts back your data as it was on %1. The file that cannot be opened is not deleted: it stays in the data folder under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="164"/>
        <source>Restore latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="165"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="166"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="167"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="49"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="52"/>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="55"/>
        <source>%n h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="57"/>
        <source>%n d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="81"/>
        <source>hub unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="83"/>
        <source>sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="85"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="121"/>
        <source>the hub needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="87"/>
        <source>update kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="89"/>
        <source>no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="91"/>
        <source>another sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="93"/>
        <source>hub error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="95"/>
        <source>remove the demo data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="113"/>
        <source>demo data: not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="115"/>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="117"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="144"/>
        <source>%n pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="122"/>
        <source>update kamdesk to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="132"/>
        <source>last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="134"/>
        <source>last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="138"/>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="143"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="146"/>
        <source>%n conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="232"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="234"/>
        <source>Send your changes to the office hub and get the team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="236"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="238"/>
        <source>Changes made on two computers at once, and changes the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="240"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="241"/>
        <source>Stop the sync; what was already synced is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="250"/>
        <source>Sign &amp;out of the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="252"/>
        <source>&amp;Sign in to the office hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="255"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="411"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="443"/>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="272"/>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="273"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="275"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="320"/>
        <source>Reading the sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="370"/>
        <source>Looking for the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="390"/>
        <source>Sign in to the office hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="414"/>
        <source>Syncing with the office hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="432"/>
        <source>stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="440"/>
        <source>syncing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="459"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/sync_actions.py" line="465"/>
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n new conflict to resolve.</numerusform>
            <numerusform>%n new conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="469"/>
        <source>The hub had been restored; everything was downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="476"/>
        <source>Sync cancelled. What was already synced is kept; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="494"/>
        <source>Your changes are kept and will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="496"/>
        <source>Sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="498"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="529"/>
        <source>Signed in as %1. Press F5 to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="538"/>
        <source>Signed out. Your data and unsynced changes stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1164"/>
        <source>Saving the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1196"/>
        <source>The script could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1206"/>
        <source>Reading the standard script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1223"/>
        <source>Edit the phone script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1224"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1225"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1227"/>
        <source>1 · Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1228"/>
        <source>2 · State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1229"/>
        <source>3 · Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1235"/>
        <source>must say %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1238"/>
        <source>Placeholders are filled in when you call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1242"/>
        <source>Version in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1243"/>
        <source>&amp;Restore the standard script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="116"/>
        <source>Reading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="134"/>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="137"/>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="146"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="168"/>
        <source>No calls or visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="205"/>
        <source>Counting the client book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="218"/>
        <source>Preparing the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="247"/>
        <source>Nobody to call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="277"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="283"/>
        <source>Your client book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="285"/>
        <source>Today sums up your key accounts, contacts, planned visits and follow-ups once you have some. Import your list of accounts and contacts with &lt;b&gt;File ▸ Import…&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="290"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="292"/>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="293"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="294"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="295"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="296"/>
        <source>Accounts by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="297"/>
        <source>Accounts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/today_page.py" line="304"/>
        <source>Calls for today (%n)</source>
        <translation>
            <numerusform>Calls for today (%n)</numerusform>
            <numerusform>Calls for today (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="305"/>
        <source>All calls ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/today_page.py" line="309"/>
        <source>Visits today (%n)</source>
        <translation>
            <numerusform>Visits today (%n)</numerusform>
            <numerusform>Visits today (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="316"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayVisits</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1581"/>
        <source>Loading today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1619"/>
        <source>No visits today. Plan one from the Visits page or an account (Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="359"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="217"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="360"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="218"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="361"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="219"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="245"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1751"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="810"/>
        <source>Opening the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="859"/>
        <source>The visit could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="871"/>
        <source>What you typed before kamdesk closed unexpectedly at %1 is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="944"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="954"/>
        <source>A copy of this report kept while you typed could not be read; it was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="979"/>
        <source>Recovered what you typed before kamdesk closed unexpectedly at %1. Since then this report was changed elsewhere (%2), so what you typed is shown here but not saved: keep it, or use the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="992"/>
        <source>Recovered what you typed before kamdesk closed unexpectedly at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1086"/>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1108"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1111"/>
        <source>With: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1113"/>
        <source>No attendees chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1117"/>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1168"/>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1202"/>
        <source>Preparation checklist (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1207"/>
        <source>Open promises from earlier visits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1312"/>
        <source>Saving the visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1318"/>
        <source>kamdesk is closing; the report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1353"/>
        <source>Not saved: %1
What you typed is still here; it is saved when you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1364"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1366"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1368"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1370"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1372"/>
        <source>Saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1463"/>
        <source>Ticking the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1484"/>
        <source>Marking a promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1492"/>
        <source>Say what you promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1511"/>
        <source>Adding a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1553"/>
        <source>Changing a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1572"/>
        <source>Removing a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1644"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1703"/>
        <source>Visit report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1646"/>
        <source>The report of the visit to %1 could not be saved: %2

Quit anyway and lose what was typed since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1650"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1707"/>
        <source>it took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1651"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1705"/>
        <source>The report could not be saved: %1

Close anyway and lose what was typed since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1708"/>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1735"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1736"/>
        <source>Needs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1737"/>
        <source>Objections met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1738"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1739"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1742"/>
        <source>What was said, who said it, what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1743"/>
        <source>What the account needs, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1744"/>
        <source>Doubts and objections, and how you answered them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1745"/>
        <source>What was agreed or decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1746"/>
        <source>What happens next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1752"/>
        <source>Keys 1–5; 0 clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1753"/>
        <source>How satisfied the client was, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1754"/>
        <source>Promises made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1755"/>
        <source>New promise (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1756"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1757"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1758"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1759"/>
        <source>Remove the selected promise (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1760"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1760"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1761"/>
        <source>Space ticks the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1762"/>
        <source>Tick a promise when it has been kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1765"/>
        <source>The visit took place (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1766"/>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1767"/>
        <source>Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1771"/>
        <source>Preview report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1775"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1776"/>
        <source>Keep what I typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1777"/>
        <source>Use the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1778"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1783"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1784"/>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1785"/>
        <source>Open promises from earlier visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="282"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="283"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="284"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="285"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="286"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="287"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="288"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="327"/>
        <source>Loading the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="401"/>
        <source>Pick the account from the list of matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="423"/>
        <source>Looking for accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="456"/>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="477"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="508"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="521"/>
        <source>Choose the account first; its contacts are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="523"/>
        <source>This account has no contacts yet: add one on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="525"/>
        <source>Tick the people you will meet (Space ticks the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="601"/>
        <source>Looking for visits at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="616"/>
        <source>%1 Overlaps %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="639"/>
        <source>Saving the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="674"/>
        <source>The visit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="689"/>
        <source>Plan a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="689"/>
        <source>Edit the visit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="692"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="693"/>
        <source>A&amp;ttendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="694"/>
        <source>Ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="695"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="696"/>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="697"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="701"/>
        <source>Type a name, short name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="702"/>
        <source>The account&apos;s address unless you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="704"/>
        <source>What you want to achieve, e.g. present the new range, agree a trial order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="711"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="194"/>
        <source>Overlaps another visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="197"/>
        <source>Overlaps %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1278"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1480"/>
        <source>All upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1302"/>
        <source>Loading the visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits_page.py" line="1398"/>
        <source>Export %n selected reports…</source>
        <translation>
            <numerusform>Export %n selected reports…</numerusform>
            <numerusform>Export %n selected reports…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1400"/>
        <source>Export the listed reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1401"/>
        <source>Export the week&apos;s reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1409"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1592"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1410"/>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1411"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1596"/>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1416"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1599"/>
        <source>&amp;Preview report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1422"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1446"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1448"/>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1449"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1450"/>
        <source>Back to this week (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1452"/>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1453"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1454"/>
        <source>The week as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1455"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1456"/>
        <source>The visits as a table you can sort and filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1457"/>
        <source>&amp;Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1458"/>
        <source>Plan a new visit (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1461"/>
        <source>Save the reports of these visits as PDF: one file with all of them, or one file each. In the list, select several visits to export only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1466"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1467"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1471"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1479"/>
        <source>The week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1491"/>
        <source>No upcoming visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1493"/>
        <source>Visits you plan appear here, each with its account, the people you will meet and what you want to achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1499"/>
        <source>No visits this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1501"/>
        <source>No visits in the week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1504"/>
        <source>Plan a visit with the people of an account: its time, place, scenario and objectives. A call that ends in an appointment becomes a planned visit too. Alt+Left and Alt+Right go to other weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1508"/>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits_page.py" line="1513"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1515"/>
        <source>%1 of %2 visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="303"/>
        <source>This is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="315"/>
        <source>This may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="348"/>
        <source>This text may be at most 1 MB long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="367"/>
        <source>%1 is not one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="396"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="442"/>
        <source>Give a whole number of days from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="553"/>
        <source>A web address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="680"/>
        <source>not a user name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="426"/>
        <source>The lunch break must lie within the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="137"/>
        <source>An e-mail address may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="182"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="183"/>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="169"/>
        <source>The latest backup (%1) was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="99"/>
        <source>already open on %1; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="133"/>
        <source>Opening your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="145"/>
        <source>kamdesk cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="146"/>
        <source>Your data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="173"/>
        <source>The file that could not be opened was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="191"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="257"/>
        <source>Settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="258"/>
        <source>Your settings could not be read, so kamdesk uses the defaults for now and leaves the file as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="233"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../kamdesk/app.py" line="46"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="47"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="48"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="49"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="50"/>
        <location filename="../../kamdesk/app.py" line="103"/>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="51"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="52"/>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="53"/>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="54"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="55"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="56"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="57"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="58"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="59"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="60"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="61"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../kamdesk/backup.py" line="148"/>
        <source>already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="304"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="307"/>
        <location filename="../../kamdesk/store.py" line="323"/>
        <source>not a kamdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="318"/>
        <location filename="../../kamdesk/store.py" line="321"/>
        <source>damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="327"/>
        <source>written by a newer version of kamdesk (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="194"/>
        <source>Industry key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="195"/>
        <source>Regional key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="196"/>
        <source>Potential key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="204"/>
        <source>a time needs its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="445"/>
        <source>expected whole minutes from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="508"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="517"/>
        <source>in %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="537"/>
        <source>Decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="539"/>
        <source>You and them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="543"/>
        <source>No attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="545"/>
        <source>Your own style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="579"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="581"/>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="595"/>
        <source>No objection card fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="192"/>
        <source>Before you go in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="193"/>
        <location filename="../../kamdesk/services/briefing.py" line="523"/>
        <source>Who you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="194"/>
        <location filename="../../kamdesk/services/briefing.py" line="548"/>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="195"/>
        <location filename="../../kamdesk/services/briefing.py" line="560"/>
        <source>Open promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="196"/>
        <location filename="../../kamdesk/services/briefing.py" line="569"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="197"/>
        <source>Still to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="198"/>
        <location filename="../../kamdesk/services/briefing.py" line="585"/>
        <source>If they object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="199"/>
        <location filename="../../kamdesk/services/briefing.py" line="597"/>
        <source>Call windows today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="200"/>
        <location filename="../../kamdesk/services/briefing.py" line="521"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="201"/>
        <location filename="../../kamdesk/services/briefing.py" line="576"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="202"/>
        <location filename="../../kamdesk/services/briefing.py" line="578"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="203"/>
        <location filename="../../kamdesk/services/briefing.py" line="577"/>
        <source>Objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="204"/>
        <source>You (%1) with them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="205"/>
        <source>Assess your own style in Settings to get a hint for this pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="208"/>
        <location filename="../../kamdesk/services/briefing.py" line="564"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="209"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="210"/>
        <source>All prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="211"/>
        <location filename="../../kamdesk/services/briefing.py" line="567"/>
        <source>No open promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="212"/>
        <location filename="../../kamdesk/services/briefing.py" line="572"/>
        <source>No earlier visit: this is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="213"/>
        <location filename="../../kamdesk/services/briefing.py" line="601"/>
        <source>no good time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="214"/>
        <location filename="../../kamdesk/services/briefing.py" line="551"/>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="215"/>
        <location filename="../../kamdesk/services/briefing.py" line="558"/>
        <source>No class set: set one to get its strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="216"/>
        <location filename="../../kamdesk/services/briefing.py" line="593"/>
        <source>With %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="217"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="219"/>
        <location filename="../../kamdesk/services/briefing.py" line="530"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="220"/>
        <location filename="../../kamdesk/services/briefing.py" line="531"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="221"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="222"/>
        <location filename="../../kamdesk/services/briefing.py" line="532"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="223"/>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="224"/>
        <location filename="../../kamdesk/services/briefing.py" line="533"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="231"/>
        <source>…and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="566"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="47"/>
        <source>cold visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="48"/>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="49"/>
        <source>existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="50"/>
        <source>client visits us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="66"/>
        <source>kamdesk visits and call-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="105"/>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="111"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="115"/>
        <source>Attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="117"/>
        <source>Objectives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="134"/>
        <source>Call back: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="141"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>call_list</name>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="531"/>
        <source>call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="532"/>
        <source>follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="533"/>
        <source>arrange a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="534"/>
        <source>not contacted for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="542"/>
        <source>not contacted for %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="545"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>call_timing</name>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="81"/>
        <source>bad timing rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="479"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="480"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="481"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="482"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="483"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="484"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="485"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="495"/>
        <source>good time to call, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="498"/>
        <source>no good time to call in the next three weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="500"/>
        <source>next good time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="517"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="518"/>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="519"/>
        <source>Tomb-sweeping Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="520"/>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="521"/>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="522"/>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="523"/>
        <source>Mid-autumn Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="524"/>
        <source>Anti-Fascist 70th Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="532"/>
        <source>official holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="536"/>
        <source>adjusted working day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="540"/>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="541"/>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="547"/>
        <source>working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="548"/>
        <source>before work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="549"/>
        <source>after work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="550"/>
        <source>usual contact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="556"/>
        <source>China&apos;s official holidays for %1 are not known to this version yet: only weekends are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="60"/>
        <location filename="../../kamdesk/sync/describe.py" line="365"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="61"/>
        <location filename="../../kamdesk/sync/describe.py" line="366"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="62"/>
        <location filename="../../kamdesk/sync/describe.py" line="367"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="63"/>
        <location filename="../../kamdesk/sync/describe.py" line="368"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="70"/>
        <location filename="../../kamdesk/sync/describe.py" line="352"/>
        <source>Cold visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="71"/>
        <location filename="../../kamdesk/sync/describe.py" line="353"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="72"/>
        <location filename="../../kamdesk/sync/describe.py" line="354"/>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="73"/>
        <location filename="../../kamdesk/sync/describe.py" line="355"/>
        <source>Client comes to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="80"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="81"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="82"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="238"/>
        <source>choose how the call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="242"/>
        <source>the call has no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="245"/>
        <source>a duration cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="251"/>
        <source>unknown step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="258"/>
        <location filename="../../kamdesk/services/calls.py" line="267"/>
        <source>a note may be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="274"/>
        <source>agree on a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="277"/>
        <source>the appointment is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="283"/>
        <source>the visit must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="286"/>
        <source>agree on a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="291"/>
        <source>the place may be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="298"/>
        <source>confirm who will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="301"/>
        <source>unknown scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="303"/>
        <source>say why they are not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="306"/>
        <source>pick a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="309"/>
        <source>the time is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="349"/>
        <source>not a contact of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="389"/>
        <source>Call %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="391"/>
        <source>Try %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kamdesk/app.py" line="36"/>
        <source>%1 (see %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="76"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="78"/>
        <source>the data directory (default: $KAMDESK_DATA_DIR, else the platform&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="86"/>
        <source>the language of messages (default: the setting, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="94"/>
        <source>kamdesk: key-account management for field sales reps, offline-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="97"/>
        <source>Without a command, kamdesk opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="108"/>
        <source>open the window on a fresh data directory filled with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="111"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="120"/>
        <location filename="../../kamdesk/app.py" line="266"/>
        <source>print JSON (the shape is documented in docs/cli.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="124"/>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="126"/>
        <source>fill the data directory with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="132"/>
        <source>how many accounts (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="134"/>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="138"/>
        <source>add to a data directory that already holds accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="143"/>
        <source>remove the demo data, with everything added to demo accounts (before a sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="150"/>
        <source>search accounts and contacts, as the search box does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="153"/>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="157"/>
        <source>write a consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="162"/>
        <location filename="../../kamdesk/app.py" line="170"/>
        <location filename="../../kamdesk/app.py" line="190"/>
        <location filename="../../kamdesk/app.py" line="213"/>
        <location filename="../../kamdesk/app.py" line="373"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="163"/>
        <source>where to write it (default: a new file in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="166"/>
        <source>list the backups instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="169"/>
        <source>replace the database with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="172"/>
        <source>restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="176"/>
        <source>where the data lives, its schema, counts and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="179"/>
        <source>show or change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="180"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="181"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="185"/>
        <source>import accounts and contacts from CSV, XLSX, vCard or a kamdesk JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="194"/>
        <source>check the file and say what would change; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="199"/>
        <source>COLUMN=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="200"/>
        <source>read the column COLUMN (its header or number) as FIELD, or leave it out with FIELD -; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="208"/>
        <source>export everything to FILE.json (lossless) or the contact list to FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="217"/>
        <source>write the import template (a CSV file with an example row) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="222"/>
        <source>write planned visits and call-backs as a calendar file (FILE.ics) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="227"/>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="232"/>
        <source>a contact&apos;s good times to call on a day, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="237"/>
        <location filename="../../kamdesk/app.py" line="281"/>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="238"/>
        <source>the contact&apos;s id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="242"/>
        <location filename="../../kamdesk/app.py" line="253"/>
        <location filename="../../kamdesk/app.py" line="317"/>
        <location filename="../../kamdesk/app.py" line="323"/>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="243"/>
        <location filename="../../kamdesk/app.py" line="254"/>
        <source>the day, as 2026-11-26 (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="248"/>
        <source>the day&apos;s call list: whom to call, why, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="257"/>
        <source>plan, list and show visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="258"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="270"/>
        <source>plan a visit; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="274"/>
        <location filename="../../kamdesk/app.py" line="435"/>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="275"/>
        <location filename="../../kamdesk/app.py" line="436"/>
        <source>the account&apos;s id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="282"/>
        <source>an attendee: a contact of the account, by id or name; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="289"/>
        <location filename="../../kamdesk/app.py" line="297"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="290"/>
        <source>when it starts, as 2026-12-01T14:30 (in your time zone unless an offset is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="298"/>
        <source>when it ends (default: an hour after the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="304"/>
        <source>the kind of visit (default: existing_client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="306"/>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="306"/>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="309"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="310"/>
        <source>what you want from the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="313"/>
        <source>the visits on some days, by start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="318"/>
        <source>the first day, as 2026-11-26 (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="324"/>
        <source>the last day (default: six days after the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="327"/>
        <source>everything about one visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="330"/>
        <location filename="../../kamdesk/app.py" line="340"/>
        <location filename="../../kamdesk/app.py" line="368"/>
        <source>VISIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="331"/>
        <location filename="../../kamdesk/app.py" line="341"/>
        <location filename="../../kamdesk/app.py" line="369"/>
        <source>the visit&apos;s id, or the beginning of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="335"/>
        <source>write visit reports as PDF, one file or one each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="347"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="348"/>
        <source>the PDF to write (several visits: one after the other); with --each, a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="355"/>
        <source>one PDF per visit in the folder OUT, named by day and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="358"/>
        <location filename="../../kamdesk/app.py" line="377"/>
        <source>replace files that exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="363"/>
        <source>the pre-visit briefing: who you meet and how to handle them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="374"/>
        <source>also write it as a one-page PDF to read on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="380"/>
        <source>sign in to the office hub (the token goes to the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="385"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="386"/>
        <source>the hub&apos;s address, as https://hub.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="391"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="392"/>
        <source>your user name on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="397"/>
        <source>read the password from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="401"/>
        <source>sync with the office hub now: send your changes, receive the team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="406"/>
        <source>pending changes, open conflicts, last sync and last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="411"/>
        <source>values that lost a concurrent edit, and changes the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="414"/>
        <source>resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="417"/>
        <source>resolve a conflict: keep the current value, use the other, or restore the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="424"/>
        <source>CONFLICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="425"/>
        <source>the conflict&apos;s id, or the beginning of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="430"/>
        <source>share an account with other reps, or stop; prints who it is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="443"/>
        <location filename="../../kamdesk/app.py" line="450"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="444"/>
        <source>share it with this rep (a hub user name); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="451"/>
        <source>stop sharing it with this rep; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="461"/>
        <source>not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="465"/>
        <source>must be at least 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="534"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="543"/>
        <source>internal error (%1: %2); details in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="34"/>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="92"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="118"/>
        <source>There is no demo data here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="121"/>
        <source>Demo data removed: accounts: %1, contacts: %2, visits: %3, follow-ups: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="157"/>
        <source>The search index is still being built (%1%); rows not yet in it are not found. It is finished by the window or by kamdesk sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="166"/>
        <source>No account or contact matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="171"/>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="177"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="203"/>
        <source>No backups yet in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="215"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="225"/>
        <source>name a backup FILE or give --latest (see kamdesk restore --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="232"/>
        <source>a backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="236"/>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="239"/>
        <source>The previous database was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="268"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="269"/>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="270"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="271"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="272"/>
        <source>Newest schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="273"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="274"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="275"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="283"/>
        <source>Visits planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="284"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="285"/>
        <source>Accounts by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="286"/>
        <source>Accounts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="303"/>
        <source>unknown setting; one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="354"/>
        <source>--map takes COLUMN=FIELD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="361"/>
        <source>no column %1 in the file; its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="367"/>
        <source>unknown field %1; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="381"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="386"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="399"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="584"/>
        <source>Rows exported to %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="606"/>
        <source>--date must be a day like 2026-11-26, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="677"/>
        <source>%1: when to call on %2 (times in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="686"/>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="692"/>
        <source>No good time to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="700"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="752"/>
        <source>Calls for %1 (times in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="758"/>
        <source>Nobody to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="761"/>
        <source>no good time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="772"/>
        <source>%1 more accounts are waiting for a call; they come up on the next days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="804"/>
        <source>%1 must be a date and time like 2026-12-01T14:30, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="892"/>
        <source>warning: at the same time as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="916"/>
        <source>--to %1 comes before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="937"/>
        <source>Visits from %1 to %2 (times in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="944"/>
        <source>No visits on these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="949"/>
        <source>! at the same time as another visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="988"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1001"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1002"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1003"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1004"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1006"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1010"/>
        <source>At the same time as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1011"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1012"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1013"/>
        <source>Needs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1014"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1015"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1016"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1018"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1020"/>
        <source>Promises made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1024"/>
        <source>Open promises from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1027"/>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1037"/>
        <source>say what to do: kamdesk visit plan, list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1052"/>
        <source>with --each, OUT is a folder; %1 is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1058"/>
        <source>OUT must name a .pdf file (or, with --each, a folder), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1064"/>
        <location filename="../../kamdesk/cli.py" line="1114"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1084"/>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1110"/>
        <source>--pdf must name a .pdf file, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1156"/>
        <source>Password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1161"/>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1170"/>
        <source>--hub must be an http:// or https:// address, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1178"/>
        <source>Signed in to %1 as %2. The sign-in is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1188"/>
        <source>Hub: not signed in (kamdesk login --hub URL --user NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1191"/>
        <source>Hub: %1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1195"/>
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1196"/>
        <source>Open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1200"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1202"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1205"/>
        <source>Demo data (demo accounts: %1): no sync until kamdesk demo --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1210"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1222"/>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1226"/>
        <source>search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1242"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1249"/>
        <source>Changes the hub refused: %1; see kamdesk conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1256"/>
        <source>The hub was restored or replaced: everything was downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1342"/>
        <source>open conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1345"/>
        <source>%1 names several conflicts; give more of its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1352"/>
        <source>Resolved; the choice is sent with the next sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1377"/>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1403"/>
        <source>not yet known (the hub sets it at the next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1404"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1407"/>
        <source>Shared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1411"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1414"/>
        <source>Changed; the hub checks the names and who may share when you sync (a refusal is listed by kamdesk conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="281"/>
        <location filename="../../kamdesk/cli.py" line="446"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="82"/>
        <source>already holds accounts (%1); use an empty data directory (--data-dir) or --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="101"/>
        <source>Demo data added to %3: accounts: %1, contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="282"/>
        <location filename="../../kamdesk/cli.py" line="446"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="440"/>
        <source>Read %1 (%3). Rows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="451"/>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="460"/>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="483"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="514"/>
        <source>--ics and --template cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="516"/>
        <source>a calendar file is named FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="535"/>
        <source>Wrote %1 planned visits and %2 call-backs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="552"/>
        <source>the template is a CSV file: name it FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="555"/>
        <source>FILE must end in .json (everything) or .csv (the contact list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="519"/>
        <location filename="../../kamdesk/cli.py" line="559"/>
        <location filename="../../kamdesk/cli.py" line="1069"/>
        <location filename="../../kamdesk/cli.py" line="1119"/>
        <source>already exists; choose a new file name or add --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="467"/>
        <source>Values in the file that differ from those stored: %1; the stored ones were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="475"/>
        <source>Rows not imported: %1; their problems are listed on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="579"/>
        <source>Exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="591"/>
        <source>Wrote the import template to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="323"/>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="336"/>
        <source>several contacts have this name, name one by its id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kamdesk/errors.py" line="51"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="91"/>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="92"/>
        <source>The file %1 is not a kamdesk database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="93"/>
        <source>The database %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="94"/>
        <source>The data folder of %1 is in use by another kamdesk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="97"/>
        <source>The database %1 was written by a newer version of kamdesk (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="100"/>
        <source>The database %1 is an empty file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="107"/>
        <source>Close the other kamdesk window or command, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="109"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="113"/>
        <source>Install the newer version of kamdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="115"/>
        <source>The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="117"/>
        <source>You can restore the latest backup: kamdesk restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="119"/>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/locking.py" line="48"/>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="178"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="183"/>
        <source>0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="186"/>
        <source>no SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="210"/>
        <source>an SQLite file of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="216"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="256"/>
        <source>no kamdesk data here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="259"/>
        <source>needs an upgrade; open kamdesk once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../kamdesk/services/exporting.py" line="81"/>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../kamdesk/i18n.py" line="82"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="467"/>
        <source>This is an old Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="476"/>
        <source>Unknown file type %1; import a .csv, .xlsx, .vcf or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="482"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="485"/>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="489"/>
        <location filename="../../kamdesk/services/importing.py" line="581"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="493"/>
        <source>The file is too large (%1 MB); at most %2 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="519"/>
        <source>it holds binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="533"/>
        <source>the text is neither UTF-8 nor GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="541"/>
        <source>This is not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="593"/>
        <source>The CSV file cannot be read at row %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="629"/>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="636"/>
        <source>Row %1 above the header was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="638"/>
        <source>Rows %1 to %2 above the header were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="655"/>
        <source>The row has %1 cells; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="769"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="777"/>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="798"/>
        <source>The cell holds the error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="811"/>
        <source>The formula %1 has no saved value; open the file in Excel, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="865"/>
        <source>This is not a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="868"/>
        <source>The file holds no vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="882"/>
        <source>The card has no organisation (ORG); kamdesk files every contact under an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="907"/>
        <source>The card at line %1 has %2 e-mail addresses; the first was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="969"/>
        <source>This is not a kamdesk export (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="978"/>
        <source>The file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="988"/>
        <source>This export was written by a newer kamdesk (format %1); update kamdesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1138"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1167"/>
        <source>The text takes %1 bytes; at most %2 (1 MB) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1224"/>
        <source>%1 is not yes or no (是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1233"/>
        <source>%1 is not a key-account category; use industry, regional or potential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1236"/>
        <source>%1 is not a lifecycle class; use loyal, fast-growing, sleeping or worth cultivating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1240"/>
        <source>%1 is not a personality style; use actor, driver, professor or amiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1389"/>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1394"/>
        <source>There is no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1399"/>
        <source>The columns %1 and %2 are both mapped to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1409"/>
        <source>No column holds the account name (客户名称); found: %1. Map a column to “account”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1418"/>
        <source>Contact details are mapped but no column holds the contact name (联系人); map a column to “contact”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1502"/>
        <source>The account name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1517"/>
        <source>The row has contact details but no contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1519"/>
        <source>The contact name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1909"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1910"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1911"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1912"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1913"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1914"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1915"/>
        <source>a date and time with its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1971"/>
        <source>The file holds %1, which this kamdesk does not know; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1985"/>
        <source>The entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1993"/>
        <source>The id is not a kamdesk id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2001"/>
        <source>The id %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2011"/>
        <source>Deleted rows are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2024"/>
        <source>The value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2035"/>
        <source>The value is not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2060"/>
        <source>The field %1 is not known to this kamdesk and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2106"/>
        <source>The account %1 is neither in the file nor in kamdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/vcard.py" line="244"/>
        <source>The card does not end (END:VCARD is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="309"/>
        <location filename="../../kamdesk/ui/labels.py" line="15"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="310"/>
        <location filename="../../kamdesk/ui/labels.py" line="16"/>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="311"/>
        <location filename="../../kamdesk/ui/labels.py" line="17"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="315"/>
        <location filename="../../kamdesk/ui/labels.py" line="27"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="316"/>
        <location filename="../../kamdesk/ui/labels.py" line="28"/>
        <source>Fast-growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="317"/>
        <location filename="../../kamdesk/ui/labels.py" line="29"/>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="318"/>
        <location filename="../../kamdesk/ui/labels.py" line="30"/>
        <source>Worth cultivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="38"/>
        <source>Daily, automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="39"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="40"/>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="41"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="322"/>
        <location filename="../../kamdesk/ui/labels.py" line="62"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="323"/>
        <location filename="../../kamdesk/ui/labels.py" line="63"/>
        <source>Building the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="324"/>
        <location filename="../../kamdesk/ui/labels.py" line="64"/>
        <source>Project initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="325"/>
        <location filename="../../kamdesk/ui/labels.py" line="65"/>
        <source>Solution and tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="326"/>
        <location filename="../../kamdesk/ui/labels.py" line="66"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="327"/>
        <location filename="../../kamdesk/ui/labels.py" line="67"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="331"/>
        <location filename="../../kamdesk/ui/labels.py" line="77"/>
        <source>Own prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="332"/>
        <location filename="../../kamdesk/ui/labels.py" line="78"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="333"/>
        <location filename="../../kamdesk/ui/labels.py" line="79"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="334"/>
        <location filename="../../kamdesk/ui/labels.py" line="80"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="338"/>
        <location filename="../../kamdesk/ui/labels.py" line="90"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="339"/>
        <location filename="../../kamdesk/ui/labels.py" line="91"/>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="340"/>
        <location filename="../../kamdesk/ui/labels.py" line="92"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="341"/>
        <location filename="../../kamdesk/ui/labels.py" line="93"/>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="382"/>
        <location filename="../../kamdesk/ui/labels.py" line="103"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="383"/>
        <location filename="../../kamdesk/ui/labels.py" line="104"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="384"/>
        <location filename="../../kamdesk/ui/labels.py" line="105"/>
        <source>Professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="385"/>
        <location filename="../../kamdesk/ui/labels.py" line="106"/>
        <source>Amiable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>personality</name>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="289"/>
        <location filename="../../kamdesk/services/personality.py" line="1360"/>
        <location filename="../../kamdesk/services/personality.py" line="1378"/>
        <location filename="../../kamdesk/services/personality.py" line="1409"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="295"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="306"/>
        <source>the text in %1 is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="315"/>
        <location filename="../../kamdesk/services/personality.py" line="469"/>
        <location filename="../../kamdesk/services/personality.py" line="486"/>
        <location filename="../../kamdesk/services/personality.py" line="493"/>
        <location filename="../../kamdesk/services/personality.py" line="504"/>
        <location filename="../../kamdesk/services/personality.py" line="592"/>
        <source>expected a list that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="322"/>
        <location filename="../../kamdesk/services/personality.py" line="1414"/>
        <location filename="../../kamdesk/services/personality.py" line="1422"/>
        <location filename="../../kamdesk/services/personality.py" line="1458"/>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="332"/>
        <source>an id needs lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="336"/>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="349"/>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="364"/>
        <source>unknown entry; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="377"/>
        <source>the file has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="409"/>
        <source>%1 and %2 make the style %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="474"/>
        <source>a keyword needs at least two characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="540"/>
        <source>no card fits the situation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="577"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="589"/>
        <source>must be below high_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="596"/>
        <source>the checklist needs 8 to 12 behaviours, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="620"/>
        <source>no behaviour points to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="638"/>
        <location filename="../../kamdesk/services/personality.py" line="685"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="690"/>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="698"/>
        <source>the file is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="776"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="778"/>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1113"/>
        <location filename="../../kamdesk/services/personality.py" line="1524"/>
        <source>unknown behaviour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1332"/>
        <source>not a date and time with a time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1340"/>
        <location filename="../../kamdesk/services/personality.py" line="1467"/>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1363"/>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1367"/>
        <source>written by a newer kamdesk (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1373"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1381"/>
        <location filename="../../kamdesk/services/personality.py" line="1532"/>
        <location filename="../../kamdesk/services/personality.py" line="1825"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1392"/>
        <location filename="../../kamdesk/services/personality.py" line="1638"/>
        <source>expected a visit or a call with its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1472"/>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1487"/>
        <location filename="../../kamdesk/services/personality.py" line="1538"/>
        <source>a time needs its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1502"/>
        <source>no observation was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1508"/>
        <source>at most %1 observations at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1518"/>
        <source>not an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1543"/>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1642"/>
        <source>no such visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1644"/>
        <source>%1 did not attend this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1650"/>
        <source>no such call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1652"/>
        <source>this call was with someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1800"/>
        <source>the contact has been assessed again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2068"/>
        <source>Not assessed yet. Note what you observe to find the style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2072"/>
        <source>%1, set by hand without observations: assess to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2075"/>
        <source>from %n observation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2083"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2088"/>
        <source>Undecided: %1 not clear yet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2094"/>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2095"/>
        <source>medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2096"/>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2099"/>
        <source>%1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2107"/>
        <source>Chosen by you; the observations say: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2114"/>
        <source>New observations disagree: check the style again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2120"/>
        <source>%n visit(s) since the last check: check the style again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2170"/>
        <source>your own observations have no visit or call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phone_script</name>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="89"/>
        <location filename="../../kamdesk/sync/describe.py" line="392"/>
        <source>Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="90"/>
        <location filename="../../kamdesk/sync/describe.py" line="393"/>
        <source>State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="91"/>
        <location filename="../../kamdesk/sync/describe.py" line="394"/>
        <source>Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="98"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="99"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="122"/>
        <source>unknown placeholder {%1}; the ones you can use are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="125"/>
        <source>this step must say {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="126"/>
        <source>a brace is not closed or not opened: %1 (write {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="129"/>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="130"/>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="141"/>
        <source>%1, step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="224"/>
        <source>the script file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="233"/>
        <source>the script file has no texts by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="486"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="487"/>
        <source>your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="488"/>
        <source>what you offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="147"/>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="148"/>
        <location filename="../../kamdesk/reports/data.py" line="171"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="149"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="150"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="151"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="153"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="154"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="155"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="156"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="157"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="158"/>
        <source>Needs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="159"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="160"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="161"/>
        <source>Promises made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="162"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="163"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="164"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="165"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="166"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="167"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="168"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="169"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="170"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="172"/>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="173"/>
        <source>No attendees recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="174"/>
        <source>No promises made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="175"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="181"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="182"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="183"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="184"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="185"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="186"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="187"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="193"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="194"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="195"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="196"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="197"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="198"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="199"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="200"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="201"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="202"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="203"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="204"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="211"/>
        <source>%4, %3 %5 %1</source>
        <comment>a long date: %1 year, %2 month number, %3 day, %4 weekday, %5 month name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="318"/>
        <source>visit-report</source>
        <comment>in file names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="149"/>
        <source>no visit to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="153"/>
        <source>is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="156"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="158"/>
        <source>is a folder; name a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="165"/>
        <location filename="../../kamdesk/reports/export.py" line="178"/>
        <source>already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../kamdesk/store.py" line="407"/>
        <source>Preparing the search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../kamdesk/settings.py" line="77"/>
        <source>not a time of day (HH:MM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="83"/>
        <source>the working day must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="87"/>
        <source>the lunch break must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="92"/>
        <location filename="../../kamdesk/settings.py" line="171"/>
        <source>not yes or no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="97"/>
        <source>not an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="111"/>
        <source>not a number of minutes from 0 to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="118"/>
        <source>unknown language %1 (use system, zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="129"/>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="179"/>
        <source>not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="200"/>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="205"/>
        <source>cannot read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="212"/>
        <source>%1 is not a PNG or JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="223"/>
        <source>%1 is a damaged image that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="264"/>
        <location filename="../../kamdesk/settings.py" line="269"/>
        <source>not a valid settings file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="275"/>
        <source>written by a newer kamdesk (settings version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="289"/>
        <source>has the wrong type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>style_text</name>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="29"/>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="30"/>
        <source>medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="31"/>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="38"/>
        <source>%n observation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="61"/>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="65"/>
        <source>%1 · chosen by you without observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="68"/>
        <source>%1 · set by hand, assess to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="72"/>
        <source>Undecided · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="76"/>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="82"/>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="92"/>
        <source>New observations disagree with this style: check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="96"/>
        <source>%n visit(s) since the last check: check the style again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="120"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="121"/>
        <source>Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="122"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="123"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="124"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="125"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="136"/>
        <source>You and them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="142"/>
        <source>Observed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="144"/>
        <source>Observed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="150"/>
        <source>At %n visit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="152"/>
        <source>On %n call(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="30"/>
        <source>Not signed in to a hub yet. Sign in first: kamdesk login --hub URL --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="46"/>
        <source>The hub no longer accepts this computer (revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="48"/>
        <source>The hub did not accept the sign-in of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="51"/>
        <source>Sign in again; your unsynced changes are kept and will be sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="63"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="73"/>
        <source>No keyring is available on this computer, so the sign-in cannot be kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="77"/>
        <source>Nothing was stored. Set up the system keyring (for example GNOME Keyring or KWallet) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="96"/>
        <source>This data folder holds demo data (demo accounts: %1), which must not go to the office hub, so it does not sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="101"/>
        <source>Remove the demo data first (Help ▸ Remove demo data, or kamdesk demo --remove); your own accounts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="115"/>
        <source>The hub no longer accepts this user name (revoked). Ask the office about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="130"/>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="133"/>
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="152"/>
        <source>The hub is older than this version of kamdesk and must be updated by the office. Until then you can keep working here and your changes wait to be synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="158"/>
        <source>The hub needs a newer version of kamdesk. Install the update; until then you can keep working here and your changes wait to be synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="171"/>
        <source>The hub cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="172"/>
        <source>Your changes are kept; sync again when you are in the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="181"/>
        <source>The hub reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="182"/>
        <source>Your changes are kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="190"/>
        <source>The data on this laptop was busy with other work; sync again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="201"/>
        <source>A sync of this data folder is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="210"/>
        <source>Sync cancelled. What was already synced is kept; the rest waits for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="389"/>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="449"/>
        <source>the hub keeps answering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="486"/>
        <source>Sending changes: %n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="722"/>
        <source>Changes received: %n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="505"/>
        <source>one change is larger than the hub accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="512"/>
        <source>the hub gave no result for the changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="204"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="210"/>
        <source>this conflict is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="215"/>
        <source>restore: the record is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1507"/>
        <location filename="../../kamdesk/services/importing.py" line="2044"/>
        <location filename="../../kamdesk/services/validation.py" line="40"/>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="43"/>
        <source>A name may have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="58"/>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="70"/>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="75"/>
        <source>%1 is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="98"/>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="115"/>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="132"/>
        <source>%1 is not a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="154"/>
        <source>%1 is not a time range like 09:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="162"/>
        <source>In %1 the end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="182"/>
        <source>The times %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="201"/>
        <source>%1 is not a time zone (use a name like Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="289"/>
        <source>%1 is not a date (use 1985-08-12, 08-12 or 农历1985-08-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="297"/>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="304"/>
        <source>The year of %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="276"/>
        <source>expected a list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="282"/>
        <source>expected an item with an id and its texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="289"/>
        <source>an item needs an id of lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="295"/>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="305"/>
        <source>the item has no text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="319"/>
        <source>the checklist file holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="322"/>
        <source>the file has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="328"/>
        <source>expected the items of each scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="335"/>
        <source>unknown scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="343"/>
        <source>the scenario %1 has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="362"/>
        <source>cannot read the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="368"/>
        <source>the file is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="386"/>
        <source>en</source>
        <comment>the code of this language: zh_CN or en</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="426"/>
        <source>This may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="435"/>
        <source>Choose the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="445"/>
        <source>Choose at least one attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="451"/>
        <source>A visit may have at most %1 attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="459"/>
        <source>Give the time the visit starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="464"/>
        <source>The start is more than ten years away; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="472"/>
        <source>The end needs a date and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="476"/>
        <source>The visit must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="480"/>
        <source>A visit may last at most seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="490"/>
        <source>%1 is not a visit scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="498"/>
        <location filename="../../kamdesk/services/visits.py" line="506"/>
        <location filename="../../kamdesk/services/visits.py" line="892"/>
        <location filename="../../kamdesk/services/visits.py" line="982"/>
        <source>This is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="530"/>
        <source>This account does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="540"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="549"/>
        <source>%1 is not a contact of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="863"/>
        <source>This is not a field of the visit report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="874"/>
        <source>Give a satisfaction from %1 to %2, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="886"/>
        <source>%1 is not a visit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="898"/>
        <source>This text may be at most 1 MB long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="946"/>
        <source>%1 is not a step of this visit&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="986"/>
        <source>Say what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="994"/>
        <source>Give the date the promise is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1000"/>
        <source>The date is more than ten years away; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1017"/>
        <source>The promise must be to a contact of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1096"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1265"/>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1268"/>
        <source>several accounts have this name, name one by its id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1296"/>
        <source>contact %1 of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1299"/>
        <source>several contacts have this name, name one by its id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1314"/>
        <location filename="../../kamdesk/services/visits.py" line="1320"/>
        <location filename="../../kamdesk/services/visits.py" line="1327"/>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1331"/>
        <source>several visits begin with this id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
