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
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="101"/>
        <source>Loading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="142"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="143"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="144"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="145"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="146"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="147"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="148"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="148"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="149"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="150"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="151"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="198"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="152"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="154"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="158"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="166"/>
        <source>Biggest project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="167"/>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="168"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="169"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="172"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="177"/>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="199"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="200"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="201"/>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="203"/>
        <source>Knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="204"/>
        <source>Yes, known to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="204"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="206"/>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="228"/>
        <source>Select an account in the table to see its details and contacts.</source>
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
        <location filename="../../kamdesk/ui/account_model.py" line="147"/>
        <location filename="../../kamdesk/ui/account_model.py" line="192"/>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="254"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="277"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="278"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="279"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="280"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="281"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="282"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="283"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="284"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="285"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="286"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="287"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts_page.py" line="181"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>%n key account</numerusform>
            <numerusform>%n key accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="184"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="194"/>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="196"/>
        <source>Your key accounts will be listed here with their industry, region, category, class and tier. Import your list in a terminal with &lt;b&gt;kamdesk import FILE&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="200"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="205"/>
        <source>No account matches these filters. Use “Clear filters” to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="43"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="43"/>
        <source>Phone invitations to make today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="45"/>
        <source>No calls planned for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="47"/>
        <source>Calls due appear here once your contacts have working hours: who to call today and when each person can be reached, within working time for people you do not know yet and just before or after work for people you do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="417"/>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="427"/>
        <source>Your data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="452"/>
        <location filename="../../kamdesk/ui/main_window.py" line="537"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="453"/>
        <source>Creating demo accounts and contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="454"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="468"/>
        <source>Creating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="479"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="485"/>
        <source>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove them.</source>
        <translation>
            <numerusform>This adds %n demo account, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove it.</numerusform>
            <numerusform>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; you can restore a backup afterwards to remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="493"/>
        <source>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</source>
        <translation>
            <numerusform>Your data folder already holds %n account: the demo accounts will be mixed in with it.</numerusform>
            <numerusform>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="499"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="518"/>
        <source>Demo data loaded: %1 accounts and %2 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="529"/>
        <source>Demo data was not loaded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="538"/>
        <source>The demo data could not be created: %1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="550"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="553"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="560"/>
        <source>Backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="565"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="566"/>
        <source>Your data was backed up to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="573"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="574"/>
        <source>The backup could not be made: %1

Your data itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="586"/>
        <source>Listing backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="599"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="601"/>
        <source>Replace your data with the backup %1?

Your current database is kept first, as a before-restore backup in the backups folder, so you can go back to it. kamdesk then reopens your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="605"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="609"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="612"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="618"/>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="621"/>
        <source>The backup was restored and your data reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="623"/>
        <source>Your previous database was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="626"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="632"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="633"/>
        <source>The backup could not be restored: %1

Your data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="643"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="644"/>
        <source>No file manager could be started. Your data folder is
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="739"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="739"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="739"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="739"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="745"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="746"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="747"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="748"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="752"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="753"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="754"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="755"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="756"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="757"/>
        <source>Make a copy of your data in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="758"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="759"/>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="760"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="761"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="762"/>
        <source>&amp;Find account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="763"/>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="764"/>
        <source>&amp;About kamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="766"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="768"/>
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
    <name>TodayPage</name>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="126"/>
        <source>Counting the client book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="146"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="152"/>
        <source>Your client book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="154"/>
        <source>Today sums up your key accounts, contacts, planned visits and follow-ups once you have some. Import your list of accounts and contacts in a terminal with &lt;b&gt;kamdesk import FILE&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="159"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="161"/>
        <source>Key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="162"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="163"/>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="164"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="165"/>
        <source>Accounts by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="166"/>
        <source>Accounts by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="172"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="80"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="80"/>
        <source>Meetings with your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="83"/>
        <source>No visits planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="85"/>
        <source>Planned visits appear here by date, with the account, the people you will meet and what to prepare. A call that ends in an appointment becomes a planned visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/activity_pages.py" line="92"/>
        <source>%n visits planned</source>
        <translation>
            <numerusform>%n visit planned</numerusform>
            <numerusform>%n visits planned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/activity_pages.py" line="94"/>
        <source>They are in your data and counted on Today. This version of kamdesk does not list them one by one yet; the list with each visit&apos;s briefing will appear on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="300"/>
        <source>This is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="312"/>
        <source>This may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="345"/>
        <source>This text may be at most 1 MB long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="364"/>
        <source>%1 is not one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="393"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="401"/>
        <source>Give a whole number of days from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="507"/>
        <source>A web address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="131"/>
        <source>The lunch break must lie within the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="164"/>
        <source>An e-mail address may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="179"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="180"/>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="166"/>
        <source>The latest backup (%1) was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="96"/>
        <source>already open on %1; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="130"/>
        <source>Opening your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="142"/>
        <source>kamdesk cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="143"/>
        <source>Your data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="170"/>
        <source>The file that could not be opened was kept as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="188"/>
        <source>Restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="250"/>
        <source>Settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="251"/>
        <source>Your settings could not be read, so kamdesk uses the defaults for now and leaves the file as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="230"/>
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
        <location filename="../../kamdesk/app.py" line="213"/>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="223"/>
        <source>not a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="227"/>
        <source>must be at least 1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="296"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="305"/>
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
        <location filename="../../kamdesk/cli.py" line="468"/>
        <source>the template is a CSV file: name it FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="471"/>
        <source>FILE must end in .json (everything) or .csv (the contact list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="475"/>
        <source>already exists; choose a new file name or add --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="495"/>
        <source>Exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="500"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="507"/>
        <source>Wrote the import template to %1</source>
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
