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
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="184"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="247"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="248"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="249"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="250"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="251"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="252"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="253"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="253"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="254"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="255"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="256"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="319"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="257"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="261"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="265"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="273"/>
        <source>Biggest project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="274"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="275"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="276"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="279"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="284"/>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="304"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="304"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="394"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="305"/>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="320"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="258"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="321"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="259"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="322"/>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="324"/>
        <source>Knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="325"/>
        <source>Yes, known to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="325"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="327"/>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="388"/>
        <source>Calls and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="390"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="391"/>
        <source>Edit this account (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="392"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="393"/>
        <source>Add a contact to this account (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="396"/>
        <source>Delete this account with its contacts and visits (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="399"/>
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
        <location filename="../../kamdesk/ui/account_editing.py" line="121"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="151"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="138"/>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="140"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="192"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="142"/>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="160"/>
        <source>Loading the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="173"/>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="190"/>
        <source>Contact %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="194"/>
        <source>Contact %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="202"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="203"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="204"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="205"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="206"/>
        <source>%n special date(s)</source>
        <translation>
            <numerusform>%n special date</numerusform>
            <numerusform>%n special dates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="212"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="212"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="218"/>
        <source>Counting what goes with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="224"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="227"/>
        <source>Its %1 go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="228"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="245"/>
        <source>You can undo this with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="230"/>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="230"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="247"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="235"/>
        <source>Deleting the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="242"/>
        <source>Delete the contact %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="244"/>
        <source>Delete this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="247"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="252"/>
        <source>Deleting the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="262"/>
        <source>Deleted %1 — Undo (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="277"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="280"/>
        <source>&amp;Undo deleting account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="281"/>
        <source>&amp;Undo deleting contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="291"/>
        <source>Undoing the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="297"/>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="302"/>
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
        <location filename="../../kamdesk/ui/account_search.py" line="130"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="151"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="153"/>
        <source>Try part of a name, pinyin initials (hw) or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="158"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="159"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="192"/>
        <source>(%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="197"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="198"/>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="199"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="200"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="201"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="202"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="203"/>
        <source>pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="204"/>
        <source>pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="212"/>
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
        <location filename="../../kamdesk/ui/accounts_page.py" line="197"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>%n key account</numerusform>
            <numerusform>%n key accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="200"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="210"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="212"/>
        <source>Your key accounts will be listed here with their industry, region, category, class and tier. Import your list in a terminal with &lt;b&gt;kamdesk import FILE&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="216"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="221"/>
        <source>No account matches these filters. Use “Clear filters” to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="540"/>
        <source>Preparing the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="554"/>
        <source>(none: speak of our customers in general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="576"/>
        <source>The call cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="591"/>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="594"/>
        <source>good visit %1 (%2/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="629"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="631"/>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="641"/>
        <source>At the contact&apos;s next good time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="643"/>
        <source>At the contact&apos;s next good time (none in three weeks: tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="647"/>
        <source>No one picked up. A retry is planned at the contact&apos;s next good time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="648"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="679"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="681"/>
        <source>Fill in %1 in Settings: the script says them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="686"/>
        <source>Your edited script cannot be used, so the standard one is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="842"/>
        <source>Logging the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="872"/>
        <source>The call could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="906"/>
        <source>Phone invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="908"/>
        <source>1 · Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="909"/>
        <source>2 · State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="910"/>
        <source>3 · Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="913"/>
        <source>Who you are, whom you work for, what you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="914"/>
        <source>What we did for a company like theirs, and that we can do it for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="915"/>
        <source>A natural invitation, no pressure: confirm time, place and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="920"/>
        <source>The manual&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="921"/>
        <source>&amp;Notes on this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="923"/>
        <source>Who answered, whether they had a minute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="926"/>
        <source>What caught their interest, their questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="928"/>
        <source>What they said about meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="929"/>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="930"/>
        <source>&amp;Edit script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="931"/>
        <source>&amp;Reference customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="932"/>
        <source>How did the call end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="934"/>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="935"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="936"/>
        <source>Not &amp;interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="937"/>
        <source>No answe&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="942"/>
        <source>Choose how the call ended; an appointment becomes a planned visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="947"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="948"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="949"/>
        <source>Wh&amp;o will attend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="950"/>
        <source>&amp;Kind of visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="955"/>
        <source>Where you will meet, e.g. their office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/call_dialog.py" line="959"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="968"/>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="969"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="970"/>
        <source>e.g. in a meeting, call after 3 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="971"/>
        <source>&amp;Why not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="972"/>
        <source>Required, e.g. they already have a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="973"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="974"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="975"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="976"/>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="978"/>
        <source>Start the timer again from 00:00 (when the call is picked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="980"/>
        <source>How long the call has lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="981"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="982"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="120"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="121"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="122"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="123"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="124"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="166"/>
        <source>No good time to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="170"/>
        <source>no good time left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="172"/>
        <source>no good time on this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="382"/>
        <source>Preparing the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="413"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="413"/>
        <source>Whom to call, why, and when each person can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="415"/>
        <source>‹ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="416"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="417"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="418"/>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="419"/>
        <source>Next day ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="420"/>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="422"/>
        <source>&amp;Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="424"/>
        <source>The guided phone invitation for the selected contact (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="427"/>
        <source>Nobody to call on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="429"/>
        <source>Follow-ups and call-backs that fall due appear here, with accounts to arrange a first visit with and accounts you have not contacted for longer than their interval, each at the time its contact can best be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/calls_page.py" line="442"/>
        <source>%n more account(s) are waiting for a call; they come up on the next days.</source>
        <translation>
            <numerusform>%n more account is waiting for a call; it comes up on the next days.</numerusform>
            <numerusform>%n more accounts are waiting for a call; they come up on the next days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="391"/>
        <source>Saving the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="426"/>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="440"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="440"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="442"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="445"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="446"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="447"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="448"/>
        <source>&amp;Role in decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="449"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="450"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="451"/>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="452"/>
        <source>&amp;Lunch break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="453"/>
        <source>&amp;Usual call times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="454"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="455"/>
        <source>&amp;Knows you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="456"/>
        <source>Personalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="457"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="458"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="462"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="463"/>
        <source>e.g. 138 0013 8000; 010 6552 8888 ext. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="464"/>
        <source>e.g. wang@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="465"/>
        <source>e.g. 09:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="466"/>
        <source>e.g. 12:00-13:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="468"/>
        <source>e.g. 08:00-08:30; 19:00-20:00 (separate ranges with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="472"/>
        <source>Empty: your own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="473"/>
        <source>You have met or spoken with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="474"/>
        <source>Solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="475"/>
        <source>Lunar (农历)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="476"/>
        <source>e.g. 1985-08-12 or 08-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="477"/>
        <source>Leap &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="480"/>
        <source>Save</source>
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
        <location filename="../../kamdesk/ui/import_wizard.py" line="271"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="272"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="273"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="274"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="275"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="276"/>
        <source>Account phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="277"/>
        <source>Key-account category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="278"/>
        <source>Account class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="279"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="280"/>
        <source>Account notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="281"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="282"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="283"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="284"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="285"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="286"/>
        <source>Work hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="287"/>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="288"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="289"/>
        <source>Known to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="290"/>
        <source>Usual contact times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="291"/>
        <source>Personality type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="292"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="293"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="297"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="360"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="300"/>
        <source>Import accounts and contacts from a spreadsheet (CSV or Excel .xlsx), vCards (.vcf) or a kamdesk export (.json). You see what would change before anything is written; importing the same file again adds no duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="306"/>
        <source>&amp;File to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="307"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="308"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="311"/>
        <source>Starting a new list? Save the import template, fill in one row per contact (rows with the same account name form one account) and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="315"/>
        <source>&amp;Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="318"/>
        <source>Choose what each column of the file holds. Columns recognised by their header are already set; columns set to “Don&apos;t import” are left out. One column must hold the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="324"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="324"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="324"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="326"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="326"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="326"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="330"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="330"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="330"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="332"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="333"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="337"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="552"/>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="357"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="358"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="359"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="364"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="376"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="379"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="382"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="387"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="418"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="470"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="472"/>
        <source>Importable files (*.csv *.xlsx *.vcf *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="500"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="502"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="547"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="610"/>
        <source>No column is imported as the account name: set the column that holds it to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="635"/>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="636"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="679"/>
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2): %n row.</numerusform>
            <numerusform>%1 (%2): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="683"/>
        <source>%n row(s) can be imported; the rows listed below cannot.</source>
        <translation>
            <numerusform>%n row can be imported; the rows listed below cannot.</numerusform>
            <numerusform>%n rows can be imported; the rows listed below cannot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="686"/>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="687"/>
        <source>Importing would make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="696"/>
        <source>%n row(s) with problems will not be imported:</source>
        <translation>
            <numerusform>%n row with problems will not be imported:</numerusform>
            <numerusform>%n rows with problems will not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="708"/>
        <source>Only the first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="712"/>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="717"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones are kept.</source>
        <translation>
            <numerusform>%n value in the file differs from the one already stored; the stored one is kept.</numerusform>
            <numerusform>%n values in the file differ from those already stored; the stored ones are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="725"/>
        <source>No row can be imported: correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="740"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="747"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="749"/>
        <source>Cancel stops the import and leaves your data as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="763"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="766"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="767"/>
        <source>Your data now holds these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="777"/>
        <source>%n row(s) with problems were not imported; correct them in the file and import it again: the rows already imported are not duplicated.</source>
        <translation>
            <numerusform>%n row with problems was not imported; correct it in the file and import it again: the rows already imported are not duplicated.</numerusform>
            <numerusform>%n rows with problems were not imported; correct them in the file and import it again: the rows already imported are not duplicated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="786"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones were kept.</source>
        <translation>
            <numerusform>%n value in the file differed from the one already stored; the stored one was kept.</numerusform>
            <numerusform>%n values in the file differed from those already stored; the stored ones were kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="799"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="800"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="809"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="811"/>
        <source>The import failed: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="455"/>
        <source>Select an account on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="491"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="547"/>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="557"/>
        <source>Your data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="582"/>
        <location filename="../../kamdesk/ui/main_window.py" line="667"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="583"/>
        <source>Creating demo accounts and contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="584"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="598"/>
        <source>Creating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="609"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="615"/>
        <source>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove them.</source>
        <translation>
            <numerusform>This adds %n demo account, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove it.</numerusform>
            <numerusform>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="623"/>
        <source>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</source>
        <translation>
            <numerusform>Your data folder already holds %n account: the demo accounts will be mixed in with it.</numerusform>
            <numerusform>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="629"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="648"/>
        <source>Demo data loaded: %1 accounts and %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="659"/>
        <source>Demo data was not loaded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="668"/>
        <source>The demo data could not be created: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="680"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="683"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="690"/>
        <source>Backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="695"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="696"/>
        <source>Your data was backed up to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="703"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="704"/>
        <source>The backup could not be made: %1

Your data itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="716"/>
        <source>Listing backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="729"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="731"/>
        <source>Replace your data with the backup %1?

Your current database is kept first, as a before-restore backup in the backups folder, so you can go back to it. kamdesk then reopens your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="735"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="739"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="742"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="748"/>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="751"/>
        <source>The backup was restored and your data reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="753"/>
        <source>Your previous database was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="756"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="762"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="763"/>
        <source>The backup could not be restored: %1

Your data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="773"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="774"/>
        <source>No file manager could be started. Your data folder is
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="869"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="869"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="869"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="869"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="875"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="876"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="877"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="878"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="882"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="883"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="884"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="885"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="886"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="887"/>
        <source>Make a copy of your data in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="888"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="889"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="890"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="891"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="892"/>
        <source>&amp;Find account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="893"/>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="894"/>
        <source>&amp;About kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="895"/>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="896"/>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="897"/>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="898"/>
        <source>&amp;Delete account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="902"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="904"/>
        <source>Your data lives in %1</source>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="311"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="338"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="339"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="340"/>
        <source>Your working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="341"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="343"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="344"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="345"/>
        <source>What you offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="346"/>
        <source>Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="347"/>
        <source>Lunch break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="348"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="349"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="353"/>
        <source>As you introduce yourself on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="354"/>
        <source>The company you represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="355"/>
        <source>One sentence, as it goes into the call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="356"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="357"/>
        <source>Default start of a contact&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="358"/>
        <source>Default end of a contact&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="360"/>
        <source>Type part of a city&apos;s name, such as Shanghai or Berlin</source>
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
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1104"/>
        <source>Saving the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1136"/>
        <source>The script could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1146"/>
        <source>Reading the standard script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1163"/>
        <source>Edit the phone script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1164"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1165"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1167"/>
        <source>1 · Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1168"/>
        <source>2 · State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1169"/>
        <source>3 · Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1175"/>
        <source>must say %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1178"/>
        <source>Placeholders are filled in when you call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1182"/>
        <source>Version in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1183"/>
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
        <location filename="../../kamdesk/ui/today_page.py" line="173"/>
        <source>Counting the client book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="186"/>
        <source>Preparing the call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="197"/>
        <source>Nobody to call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="219"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="225"/>
        <source>Your client book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="227"/>
        <source>Today sums up your key accounts, contacts, planned visits and follow-ups once you have some. Import your list of accounts and contacts with &lt;b&gt;File ▸ Import…&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="232"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="234"/>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="235"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="236"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="237"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="238"/>
        <source>Accounts by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="239"/>
        <source>Accounts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/today_page.py" line="245"/>
        <source>Calls for today (%n)</source>
        <translation>
            <numerusform>Calls for today (%n)</numerusform>
            <numerusform>Calls for today (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="246"/>
        <source>All calls ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="254"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="49"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="49"/>
        <source>Meetings with your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="52"/>
        <source>No visits planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="54"/>
        <source>Planned visits appear here by date, with the account, the people you will meet and what to prepare. A call that ends in an appointment becomes a planned visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/activity_pages.py" line="61"/>
        <source>%n visits planned</source>
        <translation>
            <numerusform>%n visit planned</numerusform>
            <numerusform>%n visits planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="63"/>
        <source>They are in your data and counted on Today. This version of kamdesk does not list them one by one yet; the list with each visit&apos;s briefing will appear on this page.</source>
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
        <location filename="../../kamdesk/services/accounts.py" line="426"/>
        <source>The lunch break must lie within the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="136"/>
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
        <location filename="../../kamdesk/ui/application.py" line="253"/>
        <source>Settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="254"/>
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
        <location filename="../../kamdesk/store.py" line="291"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="294"/>
        <location filename="../../kamdesk/store.py" line="310"/>
        <source>not a kamdesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="305"/>
        <location filename="../../kamdesk/store.py" line="308"/>
        <source>damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="314"/>
        <source>written by a newer version of kamdesk (schema %1)</source>
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
        <location filename="../../kamdesk/services/call_list.py" line="425"/>
        <source>call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="426"/>
        <source>follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="427"/>
        <source>arrange a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="428"/>
        <source>not contacted for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="436"/>
        <source>not contacted for %n day(s)</source>
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
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="61"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="62"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="63"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="70"/>
        <source>Cold visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="71"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="72"/>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="73"/>
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
        <source>search accounts and contacts, as the search box does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="146"/>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="150"/>
        <source>write a consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="155"/>
        <location filename="../../kamdesk/app.py" line="163"/>
        <location filename="../../kamdesk/app.py" line="183"/>
        <location filename="../../kamdesk/app.py" line="206"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="156"/>
        <source>where to write it (default: a new file in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="159"/>
        <source>list the backups instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="162"/>
        <source>replace the database with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="165"/>
        <source>restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="169"/>
        <source>where the data lives, its schema, counts and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="172"/>
        <source>show or change a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="173"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="174"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="178"/>
        <source>import accounts and contacts from CSV, XLSX, vCard or a kamdesk JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="187"/>
        <source>check the file and say what would change; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="192"/>
        <source>COLUMN=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="193"/>
        <source>read the column COLUMN (its header or number) as FIELD, or leave it out with FIELD -; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="201"/>
        <source>export everything to FILE.json (lossless) or the contact list to FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="210"/>
        <source>write the import template (a CSV file with an example row) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="215"/>
        <source>write planned visits and call-backs as a calendar file (FILE.ics) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="220"/>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="225"/>
        <source>a contact&apos;s good times to call on a day, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="230"/>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="231"/>
        <source>the contact&apos;s id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="235"/>
        <location filename="../../kamdesk/app.py" line="246"/>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="236"/>
        <location filename="../../kamdesk/app.py" line="247"/>
        <source>the day, as 2026-11-26 (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="241"/>
        <source>the day&apos;s call list: whom to call, why, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="257"/>
        <source>not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="261"/>
        <source>must be at least 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="330"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="339"/>
        <source>internal error (%1: %2); details in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="31"/>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="77"/>
        <source>already holds %1 accounts; use an empty data directory (--data-dir) or --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="87"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="96"/>
        <source>Added %1 demo accounts with %2 contacts to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="123"/>
        <source>No account or contact matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="128"/>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="134"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="160"/>
        <source>No backups yet in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="172"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="182"/>
        <source>name a backup FILE or give --latest (see kamdesk restore --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="189"/>
        <source>a backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="193"/>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="196"/>
        <source>The previous database was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="225"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="226"/>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="227"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="228"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="229"/>
        <source>Newest schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="230"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="231"/>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="232"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="240"/>
        <source>Visits planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="241"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="242"/>
        <source>Accounts by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="243"/>
        <source>Accounts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="260"/>
        <source>unknown setting; one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="311"/>
        <source>--map takes COLUMN=FIELD, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="318"/>
        <source>no column %1 in the file; its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="324"/>
        <source>unknown field %1; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="339"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="344"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="357"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="394"/>
        <source>Read %1: %2 rows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="559"/>
        <source>--date must be a day like 2026-11-26, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="630"/>
        <source>%1: when to call on %2 (times in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="639"/>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="645"/>
        <source>No good time to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="653"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="705"/>
        <source>Calls for %1 (times in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="711"/>
        <source>Nobody to call on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="714"/>
        <source>no good time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="725"/>
        <source>%1 more accounts are waiting for a call; they come up on the next days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="238"/>
        <location filename="../../kamdesk/cli.py" line="400"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="239"/>
        <location filename="../../kamdesk/cli.py" line="400"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="405"/>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="414"/>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="421"/>
        <source>%1 values in the file differ from those stored; the stored ones were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="428"/>
        <source>%1 rows were not imported; their problems are listed on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="436"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="467"/>
        <source>--ics and --template cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="469"/>
        <source>a calendar file is named FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="488"/>
        <source>Wrote %1 planned visits and %2 call-backs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="505"/>
        <source>the template is a CSV file: name it FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="508"/>
        <source>FILE must end in .json (everything) or .csv (the contact list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="472"/>
        <location filename="../../kamdesk/cli.py" line="512"/>
        <source>already exists; choose a new file name or add --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="532"/>
        <source>Exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="537"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="544"/>
        <source>Wrote the import template to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="312"/>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="325"/>
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
        <location filename="../../kamdesk/store.py" line="170"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="175"/>
        <source>0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="178"/>
        <source>no SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="202"/>
        <source>an SQLite file of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="208"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="248"/>
        <source>no kamdesk data here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="251"/>
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
        <location filename="../../kamdesk/i18n.py" line="68"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="459"/>
        <source>This is an old Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="468"/>
        <source>Unknown file type %1; import a .csv, .xlsx, .vcf or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="474"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="477"/>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="481"/>
        <location filename="../../kamdesk/services/importing.py" line="573"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="485"/>
        <source>The file is too large (%1 MB); at most %2 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="511"/>
        <source>it holds binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="525"/>
        <source>the text is neither UTF-8 nor GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="533"/>
        <source>This is not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="585"/>
        <source>The CSV file cannot be read at row %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="621"/>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="628"/>
        <source>Row %1 above the header was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="630"/>
        <source>Rows %1 to %2 above the header were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="647"/>
        <source>The row has %1 cells; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="761"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="769"/>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="790"/>
        <source>The cell holds the error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="803"/>
        <source>The formula %1 has no saved value; open the file in Excel, save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="857"/>
        <source>This is not a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="860"/>
        <source>The file holds no vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="874"/>
        <source>The card has no organisation (ORG); kamdesk files every contact under an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="899"/>
        <source>The card at line %1 has %2 e-mail addresses; the first was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="961"/>
        <source>This is not a kamdesk export (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="970"/>
        <source>The file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="980"/>
        <source>This export was written by a newer kamdesk (format %1); update kamdesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1101"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1130"/>
        <source>The text takes %1 bytes; at most %2 (1 MB) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1187"/>
        <source>%1 is not yes or no (是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1196"/>
        <source>%1 is not a key-account category; use industry, regional or potential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1199"/>
        <source>%1 is not a lifecycle class; use loyal, fast-growing, sleeping or worth cultivating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1203"/>
        <source>%1 is not a personality style; use actor, driver, professor or amiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1352"/>
        <source>Unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1357"/>
        <source>There is no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1362"/>
        <source>The columns %1 and %2 are both mapped to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1372"/>
        <source>No column holds the account name (客户名称); found: %1. Map a column to “account”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1381"/>
        <source>Contact details are mapped but no column holds the contact name (联系人); map a column to “contact”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1465"/>
        <source>The account name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1480"/>
        <source>The row has contact details but no contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1482"/>
        <source>The contact name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1862"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1863"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1864"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1865"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1866"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1867"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1868"/>
        <source>a date and time with its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1924"/>
        <source>The file holds %1, which this kamdesk does not know; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1938"/>
        <source>The entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1946"/>
        <source>The id is not a kamdesk id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1954"/>
        <source>The id %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1964"/>
        <source>Deleted rows are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1977"/>
        <source>The value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1988"/>
        <source>The value is not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2013"/>
        <source>The field %1 is not known to this kamdesk and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2059"/>
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
        <location filename="../../kamdesk/ui/labels.py" line="15"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="16"/>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="17"/>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="27"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="28"/>
        <source>Fast-growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="29"/>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../../kamdesk/ui/labels.py" line="62"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="63"/>
        <source>Building the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="64"/>
        <source>Project initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="65"/>
        <source>Solution and tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="66"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="67"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="77"/>
        <source>Own prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="78"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="79"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="80"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="90"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="91"/>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="92"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="93"/>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="103"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="104"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="105"/>
        <source>Professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="106"/>
        <source>Amiable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phone_script</name>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="88"/>
        <source>Introduce yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="89"/>
        <source>State the benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="90"/>
        <source>Close with an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="97"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="98"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="121"/>
        <source>unknown placeholder {%1}; the ones you can use are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="124"/>
        <source>this step must say {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="125"/>
        <source>a brace is not closed or not opened: %1 (write {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="128"/>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="129"/>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="140"/>
        <source>%1, step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="223"/>
        <source>the script file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="232"/>
        <source>the script file has no texts by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="427"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="428"/>
        <source>your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="429"/>
        <source>what you offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../kamdesk/settings.py" line="65"/>
        <source>not a time of day (HH:MM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="71"/>
        <source>the working day must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="75"/>
        <source>the lunch break must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="80"/>
        <source>unknown language %1 (use system, zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="91"/>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="127"/>
        <location filename="../../kamdesk/settings.py" line="132"/>
        <source>not a valid settings file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="138"/>
        <source>written by a newer kamdesk (settings version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="152"/>
        <source>has the wrong type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1470"/>
        <location filename="../../kamdesk/services/importing.py" line="1997"/>
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
</TS>
