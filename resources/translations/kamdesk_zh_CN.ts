<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="101"/>
        <source>About kamdesk</source>
        <translation>关于 kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="102"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="105"/>
        <source>Key-account management for field sales reps. Your accounts, contacts, calls and visits live on this computer, and everything works without a network.</source>
        <translation>为外勤销售代表打造的大客户管理工具。客户、联系人、电话邀约和拜访记录都保存在这台电脑上，没有网络也能照常使用。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="109"/>
        <source>Your data:</source>
        <translation>数据位置：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/about_dialog.py" line="110"/>
        <source>Built with:</source>
        <translation>技术基础：</translation>
    </message>
</context>
<context>
    <name>AccountDetailPane</name>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="220"/>
        <source>Loading the account</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="269"/>
        <source>Personality notes on this person stay on this laptop: they are not synced.</source>
        <translation>此人的性格记录只保存在这台电脑上，不会同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="356"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="357"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="358"/>
        <source>Category</source>
        <translation>大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="359"/>
        <source>Class</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="360"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="361"/>
        <source>Milestone</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="362"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="362"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="363"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="364"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="365"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="451"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="366"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="370"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="374"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="382"/>
        <source>Biggest project</source>
        <translation>最大项目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="383"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="384"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="385"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="389"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="394"/>
        <source>No contacts yet.</source>
        <translation>还没有联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="403"/>
        <source>Not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="404"/>
        <source>Shared with: %1</source>
        <translation>已共享给：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="409"/>
        <source>Share…</source>
        <translation>共享…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="436"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="436"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="575"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="437"/>
        <source>Call…</source>
        <translation>打电话…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="452"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="367"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="453"/>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="368"/>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="454"/>
        <source>Lunch</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="456"/>
        <source>Knows you</source>
        <translation>是否认识你</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="457"/>
        <source>Yes, known to you</source>
        <translation>认识</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="457"/>
        <source>Not yet</source>
        <translation>还不认识</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="479"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="483"/>
        <source>Assess to confirm…</source>
        <translation>评估确认…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="485"/>
        <source>Check again…</source>
        <translation>重新评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="487"/>
        <source>Add observations…</source>
        <translation>补充观察…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="490"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="492"/>
        <source>Personality</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="565"/>
        <source>Calls and visits</source>
        <translation>电话与拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="567"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="568"/>
        <source>Edit this account (F2)</source>
        <translation>编辑此客户 (F2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="569"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="570"/>
        <source>Add a contact to this account (Ctrl+Shift+N)</source>
        <translation>为此客户添加联系人 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="571"/>
        <source>Plan visit…</source>
        <translation>计划拜访…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="573"/>
        <source>Plan a visit to this account&apos;s people (Ctrl+Shift+V)</source>
        <translation>计划拜访这个客户的联系人 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="577"/>
        <source>Delete this account with its contacts and visits (Del)</source>
        <translation>删除此客户及其联系人和拜访 (Del)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_detail_pane.py" line="580"/>
        <source>Select an account in the table to see its details and contacts.</source>
        <translation>在表格中选择一个客户，查看其详情和联系人。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="261"/>
        <source>Looking for accounts with this name</source>
        <translation>正在查找同名客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_dialog.py" line="271"/>
        <source>%n other account(s) already have this name. Save anyway if this is another company.</source>
        <translation>
            <numerusform>已有 %n 个客户使用此名称。如果这是另一家公司，仍可保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="295"/>
        <source>Saving the account</source>
        <translation>正在保存客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="338"/>
        <source>The account could not be saved: %1</source>
        <translation>客户未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="353"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="353"/>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="355"/>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="356"/>
        <source>&amp;Background</source>
        <translation>背景资料(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="358"/>
        <source>&amp;Name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="359"/>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="360"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="361"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="362"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="363"/>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="364"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="365"/>
        <source>&amp;Category:</source>
        <translation>大客户类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="366"/>
        <source>C&amp;lass:</source>
        <translation>客户类型(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="367"/>
        <source>&amp;Tier:</source>
        <translation>等级(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="368"/>
        <source>&amp;Milestone:</source>
        <translation>项目阶段(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="369"/>
        <source>S&amp;ource:</source>
        <translation>客户来源(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="370"/>
        <source>Contact &amp;every (days):</source>
        <translation>联系间隔（天）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="371"/>
        <source>Wor&amp;king hours:</source>
        <translation>工作时间(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="372"/>
        <source>L&amp;unch break:</source>
        <translation>午休时间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="373"/>
        <source>Bac&amp;kground:</source>
        <translation>客户背景(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="374"/>
        <source>&amp;Organisation:</source>
        <translation>组织架构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="375"/>
        <source>Biggest &amp;project:</source>
        <translation>当前最大项目(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="376"/>
        <source>&amp;Competitors:</source>
        <translation>竞争对手(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="377"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="381"/>
        <source>Required, e.g. 华为技术有限公司</source>
        <translation>必填，例如 华为技术有限公司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="383"/>
        <source>e.g. 010 6552 8888; 138 0013 8000 ext. 12</source>
        <translation>例如 010 6552 8888; 138 0013 8000 转 12</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="386"/>
        <source>e.g. 30</source>
        <translation>例如 30</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="388"/>
        <source>e.g. 09:00-18:00, for contacts without their own</source>
        <translation>例如 09:00-18:00，用于没有填写工作时间的联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="390"/>
        <source>e.g. 12:00-13:30</source>
        <translation>例如 12:00-13:30</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_dialog.py" line="396"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="175"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="205"/>
        <source>Loading the account</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="192"/>
        <source>Account %1 created.</source>
        <translation>已新建客户 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="194"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="249"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="367"/>
        <source>Nothing was changed.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="196"/>
        <source>Account %1 saved.</source>
        <translation>客户 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="214"/>
        <source>Loading the contact</source>
        <translation>正在读取联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="228"/>
        <source>This contact no longer exists.</source>
        <translation>此联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="247"/>
        <source>Contact %1 added.</source>
        <translation>已添加联系人 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="251"/>
        <source>Contact %1 saved.</source>
        <translation>联系人 %1 已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="259"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="260"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="261"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次电话邀约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="262"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/account_editing.py" line="263"/>
        <source>%n special date(s)</source>
        <translation>
            <numerusform>%n 个纪念日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="269"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="269"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="275"/>
        <source>Counting what goes with the account</source>
        <translation>正在统计随客户一并删除的内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="281"/>
        <source>Delete %1?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="284"/>
        <source>Its %1 go with it.</source>
        <translation>其 %1将一并删除。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="285"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="302"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="321"/>
        <source>You can undo this with %1.</source>
        <translation>可以用 %1 撤销。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="287"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="287"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="304"/>
        <location filename="../../kamdesk/ui/account_editing.py" line="322"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="292"/>
        <source>Deleting the account</source>
        <translation>正在删除客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="299"/>
        <source>Delete the contact %1?</source>
        <translation>删除联系人“%1”？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="301"/>
        <source>Delete this contact?</source>
        <translation>删除此联系人？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="304"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="309"/>
        <source>Deleting the contact</source>
        <translation>正在删除联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="317"/>
        <source>Delete the visit %1?</source>
        <translation>删除拜访 %1？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="319"/>
        <source>Delete this visit?</source>
        <translation>删除这次拜访？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="320"/>
        <source>The promises made at it go with it.</source>
        <translation>拜访中做出的承诺也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="322"/>
        <source>Delete visit</source>
        <translation>删除拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="326"/>
        <source>Deleting the visit</source>
        <translation>正在删除拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="331"/>
        <source>the visit</source>
        <translation>这次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="351"/>
        <source>The personality of %1 is saved.</source>
        <translation>%1的性格类型已保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="360"/>
        <source>Clearing the personality</source>
        <translation>正在清除性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="371"/>
        <source>the contact</source>
        <translation>该联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="377"/>
        <source>Cleared the personality of %1 — Undo (%2)</source>
        <translation>已清除%1的性格类型 — 撤销（%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="388"/>
        <source>Deleted %1 — Undo (%2)</source>
        <translation>已删除“%1”— 撤销 (%2)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="403"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="406"/>
        <source>&amp;Undo deleting account %1</source>
        <translation>撤销删除客户“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="408"/>
        <source>&amp;Undo deleting visit %1</source>
        <translation>撤销删除拜访 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="410"/>
        <source>&amp;Undo clearing the personality of %1</source>
        <translation>撤销清除%1的性格类型(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="411"/>
        <source>&amp;Undo deleting contact %1</source>
        <translation>撤销删除联系人“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="421"/>
        <source>Undoing the clearing</source>
        <translation>正在撤销清除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="423"/>
        <source>Undoing the deletion</source>
        <translation>正在撤销删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="432"/>
        <source>The personality of %1 is back.</source>
        <translation>%1的性格类型已恢复。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="435"/>
        <source>%1 is back.</source>
        <translation>“%1”已恢复。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_editing.py" line="441"/>
        <source>That did not work: %1</source>
        <translation>操作未成功：%1</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="84"/>
        <source>Loading filters</source>
        <translation>正在载入筛选项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="107"/>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="155"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="156"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="157"/>
        <source>Category</source>
        <translation>大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="158"/>
        <source>Class</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="159"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="160"/>
        <source>Milestone</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_filter_bar.py" line="175"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>AccountSearch</name>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="155"/>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="177"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="181"/>
        <source>Try part of a name, pinyin initials (hw) or a phone number.</source>
        <translation>可以试试名称的一部分、拼音首字母（如 hw）或电话号码。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="196"/>
        <source>After a first download kamdesk builds its search index while you work; clients not yet in it are not found until it is done.</source>
        <translation>首次下载后，kamdesk 会在你工作的同时建立搜索索引；完成之前，尚未收入的客户暂时搜不到。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="201"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="202"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="51"/>
        <source>Search %1% ready: some clients may be missing.</source>
        <translation>搜索已准备 %1%：部分客户可能搜不到。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="209"/>
        <source>%1 (the first %2 of %3: type more to narrow them down)</source>
        <translation>%1（共 %3 条，显示前 %2 条；多输入几个字可以缩小范围）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="212"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="240"/>
        <source>(%1: %2)</source>
        <translation>（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="240"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="246"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="247"/>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="248"/>
        <source>title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="249"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="250"/>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="251"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="252"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="253"/>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_search.py" line="261"/>
        <source>Search accounts and contacts: name, pinyin, phone…</source>
        <translation>搜索客户和联系人：名称、拼音、电话…</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="158"/>
        <location filename="../../kamdesk/ui/account_model.py" line="211"/>
        <source>Loading accounts</source>
        <translation>正在载入客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="278"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="301"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="302"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="303"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="304"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="305"/>
        <source>Category</source>
        <translation>大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="306"/>
        <source>Class</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="307"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="308"/>
        <source>Milestone</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="309"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="310"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/account_model.py" line="311"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts_page.py" line="204"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>共 %n 个大客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="207"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="217"/>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="219"/>
        <source>Your key accounts will be listed here with their industry, region, category, class and tier. Import your list with &lt;b&gt;File ▸ Import…&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation>你的大客户会列在这里，附带行业、区域、类别、类型和分级。用&lt;b&gt;文件 ▸ 导入…&lt;/b&gt;导入你的客户名单（CSV、Excel 或 vCard），或者先用演示数据试一试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="223"/>
        <source>Load demo data…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts_page.py" line="228"/>
        <source>No account matches these filters. Use “Clear filters” to see them all.</source>
        <translation>没有符合这些筛选条件的客户。点“清除筛选”可查看全部客户。</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="301"/>
        <source>1 Seen</source>
        <translation>1 见到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="302"/>
        <source>2 Not seen</source>
        <translation>2 没见到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="307"/>
        <source>0 Don&apos;t know</source>
        <translation>0 说不准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="303"/>
        <source>You saw this (key 1)</source>
        <translation>你见到过这种表现（按 1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="296"/>
        <source>1 Yes</source>
        <translation>1 是</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="297"/>
        <source>2 No</source>
        <translation>2 不是</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="298"/>
        <source>This is like you (key 1)</source>
        <translation>你是这样的（按 1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="299"/>
        <source>This is not like you (key 2)</source>
        <translation>你不是这样的（按 2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="305"/>
        <source>You looked for it and it was not there (key 2)</source>
        <translation>你留意过，但没有这种表现（按 2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="308"/>
        <source>You cannot say (key 0)</source>
        <translation>说不准（按 0）</translation>
    </message>
</context>
<context>
    <name>BriefingScheduler</name>
    <message>
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="161"/>
        <source>Looking for visits about to start</source>
        <translation>正在查找即将开始的拜访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="210"/>
        <source>Visit in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后有拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_scheduler.py" line="211"/>
        <source>%1 at %2. Click to read the briefing.</source>
        <translation>%1，%2 开始。点击查看拜访简报。</translation>
    </message>
</context>
<context>
    <name>BriefingWindow</name>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="124"/>
        <source>started %n min ago</source>
        <translation>已开始 %n 分钟</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="126"/>
        <source>starting now</source>
        <translation>马上开始</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="128"/>
        <source>in %n min</source>
        <translation>还有 %n 分钟</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="131"/>
        <source>in %1 h %2 min</source>
        <translation>还有 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="136"/>
        <source>in %n day(s)</source>
        <translation>还有 %n 天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="142"/>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="143"/>
        <source>Presenting</source>
        <translation>介绍方案</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="144"/>
        <source>Objections</source>
        <translation>应对异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="145"/>
        <source>Closing</source>
        <translation>促成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="146"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="147"/>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="482"/>
        <source>Preparing the briefing</source>
        <translation>正在准备拜访简报</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="501"/>
        <source>The briefing could not be prepared: %1</source>
        <translation>无法准备拜访简报：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="509"/>
        <source>Briefing: %1</source>
        <translation>拜访简报：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="518"/>
        <source>Objectives: %1</source>
        <translation>拜访目标：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="525"/>
        <source>Attendees</source>
        <translation>要见的人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="526"/>
        <source>Nobody is named for this visit.</source>
        <translation>这次拜访还没有指定要见的人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="552"/>
        <source>Style not assessed yet —</source>
        <translation>性格类型尚未评估 —</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="555"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="560"/>
        <source>Watch how they speak, decide and keep their office, then note it.</source>
        <translation>留意对方说话的方式、做决定的快慢和办公室的布置，见完后记下来。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="571"/>
        <source>Assess again…</source>
        <translation>重新评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="586"/>
        <source>You (%1) with them: %2</source>
        <translation>你是%1，面对他：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="594"/>
        <source>Assess your own style in Settings to get a hint for this pair.</source>
        <translation>在“设置”里评估你自己的性格类型，就能看到你和他打交道的提示。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="610"/>
        <source>Call today: %1</source>
        <translation>今天可致电：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="612"/>
        <source>No good time to call today.</source>
        <translation>今天没有合适的致电时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="626"/>
        <source>The account</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="628"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="631"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="632"/>
        <source>Class: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="633"/>
        <source>Tier: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="640"/>
        <source>Give the account a class to see the strategy that fits it.</source>
        <translation>给客户设定类型，就能看到适合它的策略。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="643"/>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="650"/>
        <source>Last visit and open promises</source>
        <translation>上次拜访与未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="654"/>
        <source>First visit to this account: no earlier visit.</source>
        <translation>第一次拜访这家客户，之前没有拜访记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/briefing_window.py" line="658"/>
        <source>%1 (%n day(s) before)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="663"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="665"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="669"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="674"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="681"/>
        <source>Nothing was written about it.</source>
        <translation>上次拜访没有留下记录。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="685"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="692"/>
        <source>Promises still open</source>
        <translation>尚未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="696"/>
        <source>No promises open.</source>
        <translation>没有未兑现的承诺。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="702"/>
        <location filename="../../kamdesk/ui/briefing_window.py" line="770"/>
        <source>Preparation: %1 of %2 ready</source>
        <translation>拜访准备：已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="715"/>
        <source>This kind of visit has no checklist.</source>
        <translation>这类拜访没有准备清单。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="719"/>
        <source>Objection: %1</source>
        <translation>应对异议：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="747"/>
        <source>The tick was not saved: %1</source>
        <translation>勾选没有保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="759"/>
        <source>Ticking a preparation step</source>
        <translation>正在勾选准备事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="780"/>
        <source>Save briefing</source>
        <translation>保存拜访简报</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="782"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="794"/>
        <source>Briefing %1 %2</source>
        <translation>拜访简报 %1 %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="811"/>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="812"/>
        <source>%1 already exists.

Replace it with this briefing?</source>
        <translation>%1 已存在。

要用这份拜访简报替换它吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="815"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="824"/>
        <source>Saving the briefing</source>
        <translation>正在保存拜访简报</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="837"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="846"/>
        <source>Briefing not saved</source>
        <translation>拜访简报未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="847"/>
        <source>The briefing could not be saved: %1</source>
        <translation>无法保存拜访简报：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="870"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="872"/>
        <source>The briefing on one page, to read on the phone (%1)</source>
        <translation>一页纸的拜访简报，方便在手机上看（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="874"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="875"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/briefing_window.py" line="877"/>
        <source>Briefing</source>
        <translation>拜访简报</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="552"/>
        <source>Preparing the call</source>
        <translation>正在准备通话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="564"/>
        <source>Reading the contact&apos;s style</source>
        <translation>正在读取联系人的性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="584"/>
        <source>Personality: %1</source>
        <translation>性格：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="586"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="613"/>
        <source>(none: speak of our customers in general)</source>
        <translation>（不指定：泛泛介绍我们的客户）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="635"/>
        <source>The call cannot be prepared: %1</source>
        <translation>无法准备这次通话：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="650"/>
        <source>tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="653"/>
        <source>good visit %1 (%2/5)</source>
        <translation>%1 拜访满意（%2/5）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="688"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="690"/>
        <source>No phone number</source>
        <translation>没有电话号码</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="700"/>
        <source>At the contact&apos;s next good time: %1</source>
        <translation>在对方下一个合适的时间：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="702"/>
        <source>At the contact&apos;s next good time (none in three weeks: tomorrow)</source>
        <translation>在对方下一个合适的时间（三周内没有，定在明天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="706"/>
        <source>No one picked up. A retry is planned at the contact&apos;s next good time: %1.</source>
        <translation>无人接听。将在对方下一个合适的时间再打：%1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="707"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="738"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="740"/>
        <source>Fill in %1 in Settings: the script says them.</source>
        <translation>请在“设置”中填写%1：话术里要用到。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="745"/>
        <source>Your edited script cannot be used, so the standard one is shown: %1</source>
        <translation>你修改过的话术无法使用，现显示标准话术：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="901"/>
        <source>Logging the call</source>
        <translation>正在记录通话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="931"/>
        <source>The call could not be logged: %1</source>
        <translation>通话未能记录：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="965"/>
        <source>Phone invitation</source>
        <translation>电话邀约</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="967"/>
        <source>1 · Introduce yourself</source>
        <translation>1 · 自我介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="968"/>
        <source>2 · State the benefit</source>
        <translation>2 · 晓之以利</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="969"/>
        <source>3 · Close with an appointment</source>
        <translation>3 · 以约会收尾</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="972"/>
        <source>Who you are, whom you work for, what you offer</source>
        <translation>我是谁、为哪家公司工作、提供什么</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="973"/>
        <source>What we did for a company like theirs, and that we can do it for them</source>
        <translation>我们为同类公司做了什么、带来了什么好处，也能为他们做到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="974"/>
        <source>A natural invitation, no pressure: confirm time, place and person</source>
        <translation>自然邀约，不施压：确认时间、地点和参加的人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="979"/>
        <source>The manual&apos;s advice</source>
        <translation>手册提示</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="980"/>
        <source>&amp;Notes on this step:</source>
        <translation>本步骤记录(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="982"/>
        <source>Who answered, whether they had a minute…</source>
        <translation>谁接的电话，对方是否方便说话…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="985"/>
        <source>What caught their interest, their questions…</source>
        <translation>对方感兴趣的地方、提出的问题…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="987"/>
        <source>What they said about meeting…</source>
        <translation>对方对见面的答复…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="988"/>
        <source>&amp;Script:</source>
        <translation>话术(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="989"/>
        <source>&amp;Edit script…</source>
        <translation>编辑话术(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="990"/>
        <source>&amp;Reference customer:</source>
        <translation>参考客户(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="991"/>
        <source>How did the call end?</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="993"/>
        <source>&amp;Appointment</source>
        <translation>约到见面(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="994"/>
        <source>&amp;Call back</source>
        <translation>稍后回电(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="995"/>
        <source>Not &amp;interested</source>
        <translation>没有兴趣(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="996"/>
        <source>No answe&amp;r</source>
        <translation>无人接听(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1001"/>
        <source>Choose how the call ended; an appointment becomes a planned visit.</source>
        <translation>请选择通话结果；约到见面会生成一次计划拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1006"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1007"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1008"/>
        <source>Wh&amp;o will attend:</source>
        <translation>参加的人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1009"/>
        <source>&amp;Kind of visit:</source>
        <translation>拜访类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1014"/>
        <source>Where you will meet, e.g. their office</source>
        <translation>见面地点，例如对方公司</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/call_dialog.py" line="1018"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1027"/>
        <source>A&amp;t:</source>
        <translation>指定时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1028"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1029"/>
        <source>e.g. in a meeting, call after 3 pm</source>
        <translation>例如：正在开会，下午三点后再打</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1030"/>
        <source>&amp;Why not:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1031"/>
        <source>Required, e.g. they already have a supplier</source>
        <translation>必填，例如：已有合作供应商</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1032"/>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1033"/>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1034"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1035"/>
        <source>&amp;Log call</source>
        <translation>记录通话(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1037"/>
        <source>Start the timer again from 00:00 (when the call is picked up)</source>
        <translation>计时从 00:00 重新开始（对方接起电话时）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1039"/>
        <source>How long the call has lasted</source>
        <translation>本次通话已进行的时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1040"/>
        <source>Previous step (Alt+Left)</source>
        <translation>上一步（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1041"/>
        <source>Next step (Alt+Right)</source>
        <translation>下一步（Alt+→）</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="122"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="123"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="125"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="124"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="126"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="168"/>
        <source>No good time to call on this day.</source>
        <translation>这一天没有合适的通话时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="172"/>
        <source>no good time left today</source>
        <translation>今天已没有合适的时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="174"/>
        <source>no good time on this day</source>
        <translation>这一天没有合适的时间</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="384"/>
        <source>Preparing the call list</source>
        <translation>正在准备通话清单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="415"/>
        <source>Calls</source>
        <translation>电话邀约</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="415"/>
        <source>Whom to call, why, and when each person can be reached</source>
        <translation>打给谁、为什么打、什么时候最好找</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="417"/>
        <source>‹ Previous day</source>
        <translation>‹ 前一天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="418"/>
        <source>Alt+Left</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="419"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="420"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="421"/>
        <source>Next day ›</source>
        <translation>后一天 ›</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="422"/>
        <source>Alt+Right</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="424"/>
        <source>&amp;Call…</source>
        <translation>打电话(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="426"/>
        <source>The guided phone invitation for the selected contact (Enter)</source>
        <translation>为选中的联系人进行电话邀约（回车）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="429"/>
        <source>Nobody to call on this day</source>
        <translation>这一天没有需要打的电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/calls_page.py" line="431"/>
        <source>Follow-ups and call-backs that fall due appear here, with accounts to arrange a first visit with and accounts you have not contacted for longer than their interval, each at the time its contact can best be reached.</source>
        <translation>到期的跟进和回电会列在这里，还有需要安排首次拜访的客户、以及超过联系间隔没有联系的客户，每一项都标出对方最方便接电话的时间。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/calls_page.py" line="444"/>
        <source>%n more account(s) are waiting for a call; they come up on the next days.</source>
        <translation>
            <numerusform>另有 %n 个客户等待联系，会在接下来几天陆续列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="70"/>
        <location filename="../../kamdesk/sync/describe.py" line="85"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="71"/>
        <location filename="../../kamdesk/sync/describe.py" line="86"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="72"/>
        <location filename="../../kamdesk/sync/describe.py" line="87"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="73"/>
        <location filename="../../kamdesk/sync/describe.py" line="88"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="74"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="75"/>
        <source>Special date</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="76"/>
        <location filename="../../kamdesk/sync/describe.py" line="113"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="83"/>
        <location filename="../../kamdesk/sync/describe.py" line="84"/>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="129"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="108"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="126"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="90"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="103"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="104"/>
        <source>Shared with</source>
        <translation>共享给</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="149"/>
        <source>Objectives</source>
        <translation>拜访目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="152"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="155"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="96"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="91"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="92"/>
        <source>Work starts</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="93"/>
        <source>Work ends</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="94"/>
        <source>Lunch break starts</source>
        <translation>午休开始</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="95"/>
        <source>Lunch break ends</source>
        <translation>午休结束</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="97"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="105"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="106"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="107"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="109"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="110"/>
        <source>Category</source>
        <translation>大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="111"/>
        <source>Class</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="112"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="114"/>
        <source>Milestone</source>
        <translation>项目阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="115"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="116"/>
        <source>Background</source>
        <translation>客户背景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="117"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="118"/>
        <source>Biggest project</source>
        <translation>当前最大项目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="119"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="120"/>
        <source>Contact every (days)</source>
        <translation>联系间隔（天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="127"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="128"/>
        <source>Role in decisions</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="130"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="131"/>
        <source>Usual call times</source>
        <translation>习惯联系时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="132"/>
        <source>Knows you</source>
        <translation>是否认识</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="133"/>
        <source>Personality</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="134"/>
        <source>Personality assessment</source>
        <translation>性格评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="135"/>
        <source>Personality notes kept on this laptop</source>
        <translation>性格记录只保存在本机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="136"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="137"/>
        <source>Birthday calendar</source>
        <translation>生日历法</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="138"/>
        <source>Birthday in a leap month</source>
        <translation>生日在闰月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="144"/>
        <source>Attendees</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="145"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="146"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="147"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="148"/>
        <source>Kind of visit</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="150"/>
        <source>Preparation checklist</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="151"/>
        <source>Visit notes</source>
        <translation>拜访纪要</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="153"/>
        <source>Needs found</source>
        <translation>发现的需求</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="154"/>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="156"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="163"/>
        <source>Called at</source>
        <translation>通话时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="164"/>
        <source>Length of the call</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="165"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="166"/>
        <source>Script version</source>
        <translation>话术版本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="167"/>
        <source>Notes on the steps</source>
        <translation>各步骤记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="168"/>
        <source>How the call ended</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="169"/>
        <source>What they said</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="175"/>
        <source>Kind of follow-up</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="176"/>
        <source>What to do</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="177"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="178"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="179"/>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="185"/>
        <source>Kind of date</source>
        <translation>纪念日类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="186"/>
        <source>Calendar</source>
        <translation>历法</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="187"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="188"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="189"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="190"/>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="191"/>
        <source>Remind days before</source>
        <translation>提前几天提醒</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="192"/>
        <source>What the date is</source>
        <translation>纪念日名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="198"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="199"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="200"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="232"/>
        <source>Deleted here, but edited elsewhere</source>
        <translation>这里删除了，但别处改过</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="234"/>
        <source>Edited on both sides</source>
        <translation>两边都改了</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="235"/>
        <source>Text edited on both sides</source>
        <translation>两边都改了文字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="236"/>
        <source>Edited, but deleted elsewhere</source>
        <translation>已在别处删除，但这里改过</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="237"/>
        <source>Refused by the hub</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="260"/>
        <source>kept the current value</source>
        <translation>保留了当前值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="261"/>
        <source>used the other value</source>
        <translation>改用了另一个值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="262"/>
        <source>restored the record</source>
        <translation>恢复了记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="294"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="298"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="347"/>
        <source>Solar calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="348"/>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="372"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="373"/>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="374"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="375"/>
        <source>Call again</source>
        <translation>再打一次</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="386"/>
        <source>Not decided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="406"/>
        <source>confidence %1%</source>
        <translation>把握度 %1%</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="409"/>
        <source>assessed by %1</source>
        <translation>评估人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="421"/>
        <source>%1 ticked</source>
        <translation>已勾选 %1 项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="427"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="461"/>
        <source>(not on the hub)</source>
        <translation>（服务器上没有）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="462"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="468"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="468"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="490"/>
        <location filename="../../kamdesk/sync/describe.py" line="527"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="502"/>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="151"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="154"/>
        <source>The same thing was changed on two computers, or the hub refused a change. Nothing was lost: choose which value stays.</source>
        <translation>同一处内容在两台电脑上都被修改了，或者某项修改被服务器拒绝。数据都没有丢：请选择保留哪个值。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="158"/>
        <source>Show &amp;resolved</source>
        <translation>显示已解决(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="161"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="270"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="162"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="271"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1290"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="163"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1291"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="164"/>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1292"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="165"/>
        <source>Who and when</source>
        <translation>修改人和时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="166"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="272"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="169"/>
        <source>&amp;Keep current</source>
        <translation>保留当前值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="170"/>
        <source>Keep the value the record holds now (Enter)</source>
        <translation>保留记录现在的值（回车）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="171"/>
        <source>Use the &amp;other value</source>
        <translation>改用另一个值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="172"/>
        <source>Put the other value in its place (Ctrl+O)</source>
        <translation>用另一个值替换当前值（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="173"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="175"/>
        <source>Bring the deleted record back, with the changes made to it</source>
        <translation>恢复被删除的记录，并保留对它做的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="193"/>
        <source>Reading the sync conflicts</source>
        <translation>正在读取同步冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="235"/>
        <source>No conflicts: none of your changes clashed with another rep&apos;s, and the hub refused none.</source>
        <translation>没有冲突：你的修改没有与其他销售代表的修改相冲突，服务器也没有拒绝任何修改。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="239"/>
        <source>No conflicts, open or resolved.</source>
        <translation>没有任何冲突（包括已解决的）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1301"/>
        <location filename="../../kamdesk/sync/describe.py" line="491"/>
        <location filename="../../kamdesk/sync/describe.py" line="523"/>
        <location filename="../../kamdesk/sync/describe.py" line="615"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1287"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="246"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="619"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="626"/>
        <source>other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="628"/>
        <source>current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="630"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="636"/>
        <location filename="../../kamdesk/sync/describe.py" line="648"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="268"/>
        <source>another computer</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="273"/>
        <source>Yours</source>
        <translation>你的值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="274"/>
        <source>Theirs (%1)</source>
        <translation>对方的值（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="276"/>
        <source>Now in the record</source>
        <translation>记录中现在是</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="277"/>
        <source>yours</source>
        <translation>你的值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="277"/>
        <source>the other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="279"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="283"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="283"/>
        <source>The record was deleted; Restore brings it back.</source>
        <translation>这条记录已被删除；点“恢复”可以找回。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1295"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="286"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1297"/>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="288"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="245"/>
        <source>you may not see this record</source>
        <translation>你没有查看这条记录的权限</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="246"/>
        <source>only the owner of the account may change this</source>
        <translation>只有客户负责人才能修改这一项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="247"/>
        <source>the hub does not have this record</source>
        <translation>服务器上没有这条记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="248"/>
        <source>the hub does not know its account</source>
        <translation>服务器上没有它所属的客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="249"/>
        <source>the hub found the change invalid</source>
        <translation>服务器认为这项修改无效</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="250"/>
        <source>another change saved together with it was refused</source>
        <translation>与它一起保存的另一项修改被拒绝了</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/conflicts_dialog.py" line="330"/>
        <source>Resolving a sync conflict</source>
        <translation>正在解决同步冲突</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="435"/>
        <source>Saving the contact</source>
        <translation>正在保存联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="470"/>
        <source>The contact could not be saved: %1</source>
        <translation>联系人未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="484"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="484"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="486"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="489"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="490"/>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="491"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="492"/>
        <source>&amp;Role in decisions:</source>
        <translation>决策角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="493"/>
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="494"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="495"/>
        <source>&amp;Working hours:</source>
        <translation>工作时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="496"/>
        <source>&amp;Lunch break:</source>
        <translation>午休时间(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="497"/>
        <source>&amp;Usual call times:</source>
        <translation>习惯联系时间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="498"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="499"/>
        <source>&amp;Knows you:</source>
        <translation>是否认识(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="500"/>
        <source>Personalit&amp;y:</source>
        <translation>性格类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="501"/>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="502"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="503"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="507"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="508"/>
        <source>e.g. 138 0013 8000; 010 6552 8888 ext. 12</source>
        <translation>例如 138 0013 8000; 010 6552 8888 转 12</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="509"/>
        <source>e.g. wang@example.com</source>
        <translation>例如 wang@example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="510"/>
        <source>e.g. 09:00-18:00</source>
        <translation>例如 09:00-18:00</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="511"/>
        <source>e.g. 12:00-13:30</source>
        <translation>例如 12:00-13:30</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="513"/>
        <source>e.g. 08:00-08:30; 19:00-20:00 (separate ranges with ;)</source>
        <translation>例如 08:00-08:30; 19:00-20:00（多个时段用 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="517"/>
        <source>Empty: your own time zone</source>
        <translation>留空：使用你自己的时区</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="518"/>
        <source>You have met or spoken with this person</source>
        <translation>你已与此人见过面或通过电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="519"/>
        <source>Keep personality notes on this laptop</source>
        <translation>性格记录只保存在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="522"/>
        <source>Ticked: your observations and this person&apos;s style stay here and are never synced.</source>
        <translation>勾选后，你的观察记录和此人的性格类型只留在本机，不会同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="525"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="526"/>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="527"/>
        <source>e.g. 1985-08-12 or 08-12</source>
        <translation>例如 1985-08-12 或 08-12</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="528"/>
        <source>Leap &amp;month</source>
        <translation>闰月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/contact_dialog.py" line="531"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="52"/>
        <source>Visit to %1: what you typed before kamdesk closed unexpectedly at %2 was recovered and saved.</source>
        <translation>拜访%1：kamdesk 于 %2 意外关闭前你输入的内容已找回并保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="58"/>
        <source>Visit to %1: what you typed before kamdesk closed unexpectedly at %2 is kept but not saved, because the report was changed elsewhere since. Open the visit to choose which to keep.</source>
        <translation>拜访%1：kamdesk 于 %2 意外关闭前你输入的内容已保留但未保存，因为此后该报告已在别处被修改。请打开该拜访，选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="65"/>
        <source>Visit to %1 was deleted; what you typed in it before kamdesk closed unexpectedly at %2 is kept in %3.</source>
        <translation>拜访%1已被删除；kamdesk 于 %2 意外关闭前你在其中输入的内容已保存在 %3。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="71"/>
        <source>A copy of a visit report that could not be read was moved to %3.</source>
        <translation>一份无法读取的拜访报告副本已移至 %3。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="121"/>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="139"/>
        <source>Recovered what you typed</source>
        <translation>已找回你输入的内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="129"/>
        <source>Open the visits now</source>
        <translation>立即打开这些拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="140"/>
        <source>What you typed before kamdesk closed unexpectedly could not be saved: %1
It is kept and offered again when you open the visit.</source>
        <translation>kamdesk 意外关闭前你输入的内容未能保存：%1
内容已保留，打开该拜访时会再次提示。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/draft_recovery.py" line="149"/>
        <source>Recovering what you typed</source>
        <translation>正在找回你输入的内容</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="46"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="47"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="48"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="49"/>
        <source>Calls</source>
        <translation>电话邀约</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="50"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="51"/>
        <source>Special dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="52"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="85"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="136"/>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="85"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="140"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="87"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="116"/>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="117"/>
        <source>%1 already exists.

Replace it with the new file?</source>
        <translation>%1 已存在。

要用新文件替换它吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="120"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="133"/>
        <source>Everything, lossless JSON (*.json)</source>
        <translation>全部数据，无损 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="134"/>
        <source>Contact list, CSV for Excel (*.csv)</source>
        <translation>联系人名单，Excel 可打开的 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="137"/>
        <source>kamdesk import template</source>
        <translation>kamdesk导入模板</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="138"/>
        <source>Import template, CSV for Excel (*.csv)</source>
        <translation>导入模板，Excel 可打开的 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="183"/>
        <source>Saving the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="191"/>
        <source>Exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="210"/>
        <source>Import template saved</source>
        <translation>导入模板已保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="212"/>
        <source>The import template was saved to
%1

Fill in one row per contact and import it with File ▸ Import….</source>
        <translation>导入模板已保存到
%1

每个联系人填一行，然后用“文件 ▸ 导入…”导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="216"/>
        <location filename="../../kamdesk/ui/export_dialog.py" line="227"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="218"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="222"/>
        <source>Everything was exported to
%1</source>
        <translation>全部数据已导出到
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/export_dialog.py" line="228"/>
        <source>%n row(s) exported to
%1</source>
        <translation>
            <numerusform>已导出 %n 行到
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="240"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/export_dialog.py" line="241"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="539"/>
        <location filename="../../kamdesk/ui/report_export.py" line="581"/>
        <source>One PDF with all reports</source>
        <translation>全部报告合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="541"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="547"/>
        <source>Folder for the reports</source>
        <translation>报告保存的文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="556"/>
        <source>Choose where to save the reports.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="560"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="562"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹，请填写文件名。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="564"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="579"/>
        <source>Export visit reports</source>
        <translation>导出拜访报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="580"/>
        <source>%n visit report(s) to export as PDF.</source>
        <translation>
            <numerusform>将 %n 份拜访报告导出为 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="582"/>
        <source>One PDF file per visit</source>
        <translation>每次拜访一个 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="584"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="584"/>
        <source>Into folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="586"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="587"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FileTransferActions</name>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="60"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="62"/>
        <source>Import accounts and contacts from CSV, Excel, vCard or a kamdesk export</source>
        <translation>从 CSV、Excel、vCard 或 kamdesk 导出文件导入客户和联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="64"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="66"/>
        <source>Export everything (JSON) or the contact list (CSV)</source>
        <translation>导出全部数据（JSON）或联系人名单（CSV）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="68"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="70"/>
        <source>Save a file with the columns kamdesk reads and one example row</source>
        <translation>保存一个导入文件，含 kamdesk 能识别的各列和一行示例</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/file_actions.py" line="103"/>
        <source>Import finished. New accounts: %1; new contacts: %2.</source>
        <translation>导入完成。新增客户 %1 个，新增联系人 %2 个。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="272"/>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="273"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="274"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="275"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="276"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="277"/>
        <source>Account phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="278"/>
        <source>Key-account category</source>
        <translation>大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="279"/>
        <source>Account class</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="280"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="281"/>
        <source>Account notes</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="282"/>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="283"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="284"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="285"/>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="286"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="287"/>
        <source>Work hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="288"/>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="289"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="290"/>
        <source>Known to me</source>
        <translation>是否认识</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="291"/>
        <source>Usual contact times</source>
        <translation>惯常联络时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="292"/>
        <source>Personality type</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="293"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="294"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="298"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="361"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="301"/>
        <source>Import accounts and contacts from a spreadsheet (CSV or Excel .xlsx), vCards (.vcf) or a kamdesk export (.json). You see what would change before anything is written; importing the same file again adds no duplicates.</source>
        <translation>从电子表格（CSV 或 Excel .xlsx）、vCard 名片（.vcf）或 kamdesk 导出文件（.json）导入客户和联系人。写入之前会先让你看到将有哪些变化；同一个文件再导入一次也不会产生重复。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="307"/>
        <source>&amp;File to import:</source>
        <translation>要导入的文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="308"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="309"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="312"/>
        <source>Starting a new list? Save the import template, fill in one row per contact (rows with the same account name form one account) and import it.</source>
        <translation>要新建名单？先保存导入模板，每个联系人填一行（客户名称相同的行归为同一个客户），再导入即可。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="316"/>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="319"/>
        <source>Choose what each column of the file holds. Columns recognised by their header are already set; columns set to “Don&apos;t import” are left out. One column must hold the account name.</source>
        <translation>请为文件的每一列选择对应的内容。能按表头识别的列已经设好；设为“不导入”的列会被忽略。必须有一列是客户名称。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>First value</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="325"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="327"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="331"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="333"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="334"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="338"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="553"/>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="358"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="359"/>
        <source>Match the columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="360"/>
        <source>Check before importing</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="365"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="377"/>
        <location filename="../../kamdesk/ui/import_wizard.py" line="380"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="383"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="388"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="419"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="471"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="473"/>
        <source>Importable files (*.csv *.xlsx *.vcf *.json);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.xlsx *.vcf *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="501"/>
        <source>Reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="503"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="548"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="611"/>
        <source>No column is imported as the account name: set the column that holds it to “%1”.</source>
        <translation>没有哪一列导入为客户名称：请把存有客户名称的那一列设为“%1”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="636"/>
        <source>Checking the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="637"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="680"/>
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1（%2）：共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="684"/>
        <source>%n row(s) can be imported; the rows listed below cannot.</source>
        <translation>
            <numerusform>其中 %n 行可以导入，下面列出的行不能导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="687"/>
        <source>Every row can be imported.</source>
        <translation>所有行都可以导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="688"/>
        <source>Importing would make these changes:</source>
        <translation>导入后将有以下变化：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="697"/>
        <source>%n row(s) with problems will not be imported:</source>
        <translation>
            <numerusform>有 %n 行存在问题，不会导入：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="709"/>
        <source>Only the first %1 problems are listed.</source>
        <translation>只列出前 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="713"/>
        <source>Columns not imported: %1</source>
        <translation>不导入的列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="718"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones are kept.</source>
        <translation>
            <numerusform>文件中有 %n 个值与已保存的不同，将保留已保存的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="726"/>
        <source>No row can be imported: correct the file and try again.</source>
        <translation>没有可以导入的行：请修改文件后再试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="747"/>
        <source>Importing</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="754"/>
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="756"/>
        <source>Cancel stops the import and leaves your data as it was.</source>
        <translation>点“取消”会停止导入，你的数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="770"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="773"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="774"/>
        <source>Your data now holds these changes:</source>
        <translation>你的数据有以下变化：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="784"/>
        <source>%n row(s) with problems were not imported; correct them in the file and import it again: the rows already imported are not duplicated.</source>
        <translation>
            <numerusform>有 %n 行因存在问题未导入；请在文件里改正后再导入一次，已导入的行不会重复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/import_wizard.py" line="793"/>
        <source>%n value(s) in the file differ from those already stored; the stored ones were kept.</source>
        <translation>
            <numerusform>文件中有 %n 个值与已保存的不同，已保留已保存的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="806"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="807"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="816"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/import_wizard.py" line="818"/>
        <source>The import failed: %1

Nothing was changed.</source>
        <translation>导入失败：%1

数据没有任何改动。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="508"/>
        <source>Select an account on the Accounts page first.</source>
        <translation>请先在“客户”页中选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="544"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="633"/>
        <source>Select a visit on the Visits or Today page first.</source>
        <translation>请先在“拜访”或“今日”页中选择一次拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="667"/>
        <source>Listing the week&apos;s visits</source>
        <translation>正在列出这一周的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="694"/>
        <source>Looking for the next visit</source>
        <translation>正在查找下一次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="700"/>
        <source>No planned visit ahead.</source>
        <translation>接下来没有已计划的拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="722"/>
        <source>Visit saved.</source>
        <translation>拜访已保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="754"/>
        <source>Opening your data…</source>
        <translation>正在打开数据…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="761"/>
        <source>Your data could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="786"/>
        <location filename="../../kamdesk/ui/main_window.py" line="872"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="787"/>
        <source>Creating demo accounts and contacts…</source>
        <translation>正在生成演示客户和联系人…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="788"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="802"/>
        <source>Creating demo data</source>
        <translation>正在生成演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="813"/>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="819"/>
        <source>This adds %n demo accounts, with contacts, visits and follow-ups, to your data folder. Use it to look around; Help ▸ Remove demo data takes them out again. Demo data never goes to the office hub: this folder does not sync while it holds some.</source>
        <translation>
            <numerusform>将在数据目录中添加 %n 个演示客户，以及联系人、拜访和跟进事项，供你随意试用；之后可以用“帮助 ▸ 移除演示数据”把它们移除。演示数据不会发送到办公室服务器：数据目录里有演示数据时不会同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/main_window.py" line="828"/>
        <source>Your data folder already holds %n accounts: the demo accounts will be mixed in with them.</source>
        <translation>
            <numerusform>数据文件夹里已经有 %n 个客户，演示客户会和它们混在一起。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="834"/>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="853"/>
        <source>Demo data loaded: %1 accounts and %2 contacts.</source>
        <translation>演示数据已载入：%1 个客户，%2 位联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="864"/>
        <source>Demo data was not loaded; nothing was changed.</source>
        <translation>没有载入演示数据，数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="873"/>
        <source>The demo data could not be created: %1

Nothing was changed.</source>
        <translation>无法生成演示数据：%1

数据未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="888"/>
        <source>Counting the demo data</source>
        <translation>正在统计演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="894"/>
        <location filename="../../kamdesk/ui/main_window.py" line="911"/>
        <location filename="../../kamdesk/ui/main_window.py" line="937"/>
        <source>Remove demo data</source>
        <translation>移除演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="897"/>
        <source>There is no demo data in this data folder.</source>
        <translation>此数据目录中没有演示数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="902"/>
        <source>Remove the demo data? Demo accounts: %1, with contacts: %2, visits: %3 and follow-ups: %4. Whatever you added to a demo account goes with it; your own accounts stay.</source>
        <translation>要移除演示数据吗？演示客户 %1 个，联系人 %2 位，拜访 %3 次，跟进事项 %4 项。你在演示客户下添加的内容会一并移除；你自己的客户会保留。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="915"/>
        <source>Removing the demo data…</source>
        <translation>正在移除演示数据…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="918"/>
        <source>Removing the demo data</source>
        <translation>正在移除演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="925"/>
        <source>Demo data removed: demo accounts: %1. This folder can sync again.</source>
        <translation>演示数据已移除（演示客户 %1 个）。此数据目录可以再次同步了。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="938"/>
        <source>The demo data could not be removed: %1

Nothing was changed.</source>
        <translation>无法移除演示数据：%1

没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="950"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="953"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="960"/>
        <source>Backup made: %1</source>
        <translation>已完成备份：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="965"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="966"/>
        <source>Your data was backed up to
%1</source>
        <translation>数据已备份到
%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="973"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="974"/>
        <source>The backup could not be made: %1

Your data itself is unchanged.</source>
        <translation>无法完成备份：%1

你的数据本身没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="986"/>
        <source>Listing backups</source>
        <translation>正在列出备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="999"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1001"/>
        <source>Replace your data with the backup %1?

Your current database is kept first, as a before-restore backup in the backups folder, so you can go back to it. kamdesk then reopens your data.</source>
        <translation>要用备份 %1 替换当前数据吗？

当前数据库会先作为“恢复前”备份保存在备份文件夹中，需要时可以再恢复回来。随后 kamdesk 会重新打开数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1005"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1009"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1012"/>
        <source>Restoring a backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1018"/>
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1021"/>
        <source>The backup was restored and your data reopened.</source>
        <translation>备份已恢复，数据已重新打开。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1023"/>
        <source>Your previous database was kept as
%1</source>
        <translation>原来的数据库已保存为
%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1026"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1032"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1033"/>
        <source>The backup could not be restored: %1

Your data is as it was.</source>
        <translation>无法恢复备份：%1

你的数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1043"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1044"/>
        <source>No file manager could be started. Your data folder is
%1</source>
        <translation>无法启动文件管理器。你的数据文件夹位于
%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Calls</source>
        <translation>电话邀约</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1144"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1150"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1151"/>
        <source>&amp;Accounts</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1152"/>
        <source>&amp;Calls</source>
        <translation>电话邀约(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1153"/>
        <source>&amp;Visits</source>
        <translation>拜访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1158"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1159"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1160"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1161"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1162"/>
        <source>Make a copy of your data in the backups folder</source>
        <translation>在备份文件夹中保存一份数据副本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1163"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1164"/>
        <source>&amp;Open data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1165"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1166"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1167"/>
        <source>&amp;Find account…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1168"/>
        <source>Load &amp;demo data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1169"/>
        <source>&amp;Remove demo data…</source>
        <translation>移除演示数据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1171"/>
        <source>Take the demo accounts out again, before you sync with the office hub</source>
        <translation>在与办公室服务器同步之前，把演示客户移除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1173"/>
        <source>&amp;About kamdesk</source>
        <translation>关于 kamdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1174"/>
        <source>&amp;New account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1175"/>
        <source>New &amp;contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1176"/>
        <source>&amp;Edit account…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1177"/>
        <source>&amp;Delete account…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1178"/>
        <source>New &amp;visit…</source>
        <translation>新建拜访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1179"/>
        <source>&amp;Preview visit report…</source>
        <translation>预览拜访报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1181"/>
        <source>Show the report of the visit selected on the Visits or Today page as a PDF</source>
        <translation>以 PDF 预览在“拜访”或“今日”页中选中的拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1183"/>
        <source>Export &amp;visit reports…</source>
        <translation>导出拜访报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1185"/>
        <source>Save the reports of the week&apos;s visits as PDF (the week the Visits page shows)</source>
        <translation>把一周拜访的报告保存为 PDF（“拜访”页所显示的那一周）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1187"/>
        <source>&amp;Briefing for the next visit</source>
        <translation>下一次拜访的简报(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1189"/>
        <source>Who you will meet and how to handle them, before the next planned visit</source>
        <translation>下一次计划拜访之前：要见谁，怎么应对</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1195"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="1197"/>
        <source>Your data lives in %1</source>
        <translation>你的数据保存在 %1</translation>
    </message>
</context>
<context>
    <name>PersonalityDialog</name>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="500"/>
        <source>Loading the contact</source>
        <translation>正在读取联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="514"/>
        <source>The contact cannot be assessed: %1</source>
        <translation>无法评估该联系人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="521"/>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="899"/>
        <source>No particular visit or call</source>
        <translation>不指定某次拜访或电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="542"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="542"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="637"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="639"/>
        <source>No observations yet: answer what you saw, row by row.</source>
        <translation>还没有观察记录：请逐行回答你看到的情况。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="643"/>
        <source>Undecided</source>
        <translation>尚难判断</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="645"/>
        <source>%1: %2 not clear yet; the observations point both ways or are missing.</source>
        <translation>%1：%2还不清楚，观察结果相互矛盾或不够。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="647"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="652"/>
        <source>Note more at your next visit or call to be surer.</source>
        <translation>下次拜访或通话时多留意，判断会更准。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="653"/>
        <source>Fairly sure; a few more observations will settle it.</source>
        <translation>比较有把握，再多几条观察就能确定。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="654"/>
        <source>The observations agree: you can rely on it.</source>
        <translation>观察结果一致，可以放心参考。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="657"/>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="664"/>
        <source>%1 (chosen by you)</source>
        <translation>%1（你自己选定）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="670"/>
        <source>nothing observed yet</source>
        <translation>还没有观察</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="672"/>
        <source>balanced (undecided)</source>
        <translation>两边持平（尚难判断）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="693"/>
        <source>an earlier visit</source>
        <translation>之前的一次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="693"/>
        <source>an earlier call</source>
        <translation>之前的一次电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="706"/>
        <source>Nothing observed yet.</source>
        <translation>还没有观察记录。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="716"/>
        <source>seen %1×</source>
        <translation>见到 %1 次</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="718"/>
        <source>not seen %1×</source>
        <translation>没见到 %1 次</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="723"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="763"/>
        <source>Answer at least one behaviour (1 or 2), or choose the style yourself.</source>
        <translation>请至少回答一项表现（按 1 或 2），或者自己选定性格类型。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="775"/>
        <source>Saving the assessment</source>
        <translation>正在保存评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="820"/>
        <source>The assessment could not be saved: %1</source>
        <translation>评估未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="866"/>
        <source>Your own style</source>
        <translation>我的性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="867"/>
        <source>How do you work with people?</source>
        <translation>你平时是怎样和人打交道的？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="870"/>
        <source>Answer for yourself, honestly: 1 yes, 2 no, 0 don&apos;t know; the arrow keys move. Knowing your own style gives you a hint for each client.</source>
        <translation>请如实回答自己的情况：1 是，2 不是，0 说不准；方向键上下移动。了解自己的类型，每位客户都会给你相应的提示。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="876"/>
        <source>Personality of %1</source>
        <translation>%1的性格类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="878"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="880"/>
        <source>What did you observe of %1?</source>
        <translation>你观察到%1有哪些表现？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="883"/>
        <source>Answer each row with what you saw: 1 seen, 2 looked for and not seen, 0 don&apos;t know; the arrow keys move. The style follows from your answers.</source>
        <translation>按你看到的逐行回答：1 见到，2 留意过但没见到，0 说不准；方向键上下移动。性格类型根据你的回答得出。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="889"/>
        <source>So far: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="892"/>
        <source>Go through the list with what you saw lately.</source>
        <translation>请按最近看到的情况再过一遍清单。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="896"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="897"/>
        <source>&amp;Seen at:</source>
        <translation>观察场合(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="905"/>
        <source>%1: %2 or %3</source>
        <translation>%1：%2还是%3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="912"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="913"/>
        <source>&lt;b&gt;Evidence kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;保留的依据&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="914"/>
        <source>&amp;Choose the style yourself:</source>
        <translation>自己选定类型(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="921"/>
        <source>Why: what you saw that the list misses</source>
        <translation>理由：清单没有涵盖、但你看到的情况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/personality_dialog.py" line="922"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="205"/>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="207"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="361"/>
        <source>Save visit report</source>
        <translation>保存拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="363"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="461"/>
        <source>Visit reports %1</source>
        <translation>拜访报告 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="776"/>
        <source>Export visit reports</source>
        <translation>导出拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="777"/>
        <source>There are no visits to export.</source>
        <translation>没有可导出的拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="788"/>
        <source>%1 already exists.

Replace it with the new file?</source>
        <translation>%1 已存在。

要用新文件替换它吗？</translation>
    </message>
</context>
<context>
    <name>ReportExportProgress</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="617"/>
        <source>Export visit reports</source>
        <translation>导出拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="618"/>
        <source>Reading the visits…</source>
        <translation>正在读取拜访…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="619"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="633"/>
        <source>Reading the visits for their reports</source>
        <translation>正在读取拜访内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="655"/>
        <source>%n file(s) with the same name already exist in %1, such as %2.

Replace them with the new reports?</source>
        <translation>
            <numerusform>%1 中已有 %n 个同名文件，例如 %2。

要用新的报告替换它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="673"/>
        <source>Writing the reports…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="678"/>
        <source>Writing visit reports</source>
        <translation>正在写入拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="701"/>
        <source>Writing %1 of %2: %3</source>
        <translation>正在写入第 %1 份，共 %2 份：%3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="712"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="734"/>
        <source>%n visit report(s) saved in
%1</source>
        <translation>
            <numerusform>%n 份拜访报告已保存到
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/report_export.py" line="738"/>
        <source>%n PDF file(s) saved in
%1</source>
        <translation>
            <numerusform>%n 个 PDF 文件已保存到
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="741"/>
        <source>Reports exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="753"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="754"/>
        <source>The reports could not be written (no file was saved): %1</source>
        <translation>报告未能写入（没有保存任何文件）：%1</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="291"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="295"/>
        <source>Reading the visit for its report</source>
        <translation>正在读取拜访内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="307"/>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="323"/>
        <source>the PDF could not be shown</source>
        <translation>无法显示该 PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="330"/>
        <source>Visit report: %1</source>
        <translation>拜访报告：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="332"/>
        <location filename="../../kamdesk/ui/report_export.py" line="417"/>
        <source>Visit report</source>
        <translation>拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="340"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="350"/>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="382"/>
        <source>%1 already exists.

Replace it with this report?</source>
        <translation>%1 已存在。

要用这份报告替换它吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="391"/>
        <source>Saving the report</source>
        <translation>正在保存报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="402"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="412"/>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="413"/>
        <source>The report could not be saved: %1</source>
        <translation>报告未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="418"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/report_export.py" line="419"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="118"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="120"/>
        <source>kamdesk backups (*.sqlite3);;All files (*)</source>
        <translation>kamdesk 备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="132"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="135"/>
        <source>Choose the backup to go back to. Your current data is kept as a backup first.</source>
        <translation>请选择要恢复到的备份。当前数据会先另存为一份备份。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="139"/>
        <source>There are no backups in the backups folder yet. You can restore a backup file from elsewhere.</source>
        <translation>备份文件夹里还没有备份。你可以从其他位置选择一个备份文件来恢复。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="143"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="144"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/restore_dialog.py" line="145"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
</context>
<context>
    <name>SearchPreparer</name>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="77"/>
        <source>Preparing the search</source>
        <translation>正在准备搜索</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="87"/>
        <source>Preparing the search… %1%</source>
        <translation>正在准备搜索… %1%</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="90"/>
        <source>After a first download kamdesk builds its search index while you work. Until it is done, search may miss some clients.</source>
        <translation>首次下载后，kamdesk 会在你工作的同时建立搜索索引。完成之前，搜索可能找不到部分客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="108"/>
        <source>Search is ready: every client can be found.</source>
        <translation>搜索已就绪：所有客户都能搜到了。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/search_preparer.py" line="122"/>
        <source>The search index could not be built: %1 It is tried again next time.</source>
        <translation>无法建立搜索索引：%1 下次会再试。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="415"/>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="466"/>
        <source>Your saved assessment cannot be read.</source>
        <translation>已保存的评估无法读取。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="470"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="470"/>
        <source>Assess again…</source>
        <translation>重新评估…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="482"/>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="484"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="525"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="534"/>
        <source>File missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="555"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="556"/>
        <source>You</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="557"/>
        <source>Your working day</source>
        <translation>工作日安排</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="558"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="559"/>
        <source>Clients and briefings</source>
        <translation>客户与拜访前简报</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="561"/>
        <source>Your name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="562"/>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="563"/>
        <source>What you offer:</source>
        <translation>产品与服务：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="564"/>
        <source>Working hours:</source>
        <translation>工作时间：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="565"/>
        <source>Lunch break:</source>
        <translation>午休时间：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="566"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="567"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="568"/>
        <source>Company logo:</source>
        <translation>公司标志：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="569"/>
        <source>Your own style:</source>
        <translation>我的性格类型：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="570"/>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="571"/>
        <source>Show the briefing:</source>
        <translation>显示拜访前简报：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="575"/>
        <source>As you introduce yourself on the phone</source>
        <translation>电话里自我介绍时用的称呼</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="576"/>
        <source>The company you represent</source>
        <translation>你所代表的公司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="577"/>
        <source>One sentence, as it goes into the call script</source>
        <translation>一句话说明，会写进电话邀约话术</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="578"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="579"/>
        <source>Default start of a contact&apos;s working day</source>
        <translation>联系人工作日的默认开始时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="580"/>
        <source>Default end of a contact&apos;s working day</source>
        <translation>联系人工作日的默认结束时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="582"/>
        <source>Type part of a city&apos;s name, such as Shanghai or Berlin</source>
        <translation>输入城市英文名的一部分，例如 Shanghai 或 Berlin</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="584"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="585"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="587"/>
        <source>A PNG or JPEG image, printed at the top of your visit reports</source>
        <translation>PNG 或 JPEG 图片，印在拜访报告的抬头</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="591"/>
        <source>Answer the same checklist as for a client: each briefing then says how your style meets theirs</source>
        <translation>回答与评估客户相同的清单：之后每份简报都会提示你的类型与客户如何相处</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="596"/>
        <source>Keep personality notes of new contacts on this laptop</source>
        <translation>新联系人的性格记录只保存在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="600"/>
        <source>Observations and styles are about other people: they are not synced unless you switch this off for a contact.</source>
        <translation>观察记录和性格类型涉及他人隐私：除非你对某个联系人关闭此项，否则不会同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="604"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="605"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="606"/>
        <source>before a planned visit</source>
        <translation>（在计划拜访之前）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/settings_dialog.py" line="609"/>
        <source>The briefing opens by itself this many minutes before each planned visit (0: only when you open it)</source>
        <translation>在每次计划拜访前这么多分钟自动打开简报（0：只在你手动打开时显示）</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="188"/>
        <source>Saving who the account is shared with</source>
        <translation>正在保存共享设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="215"/>
        <source>Could not save who the account is shared with: %1</source>
        <translation>共享设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="228"/>
        <source>Share %1</source>
        <translation>共享 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="230"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="230"/>
        <source>Owner: me</source>
        <translation>负责人：我</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="232"/>
        <source>A colleague&apos;s user name on the hub</source>
        <translation>同事在服务器上的用户名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="233"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="234"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/share_dialog.py" line="237"/>
        <source>The hub checks the names when you sync. Only the account&apos;s owner or a manager may change who it is shared with.</source>
        <translation>同步时服务器会核对这些用户名。只有客户的负责人或经理可以修改共享对象。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="101"/>
        <source>Sign in to the office hub</source>
        <translation>登录公司服务器</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="104"/>
        <source>Sign in once on this computer to sync with the office hub. Your password is not kept; the sign-in is kept in the system keyring.</source>
        <translation>在这台电脑上登录一次，就可以与公司服务器同步。密码不会保存；登录凭据保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="108"/>
        <source>&amp;Hub address:</source>
        <translation>服务器地址(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="109"/>
        <source>for example https://hub.office.lan:8443</source>
        <translation>例如 https://hub.office.lan:8443</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="110"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="111"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="112"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="113"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="114"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="131"/>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="215"/>
        <source>Signed in as %1 on %2.</source>
        <translation>已用 %1 登录 %2。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="155"/>
        <source>Hub address: enter the address of the office hub.</source>
        <translation>服务器地址：请填写公司服务器的地址。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="159"/>
        <source>Hub address: it must start with http:// or https://.</source>
        <translation>服务器地址：必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="162"/>
        <source>User name: enter your user name on the hub.</source>
        <translation>用户名：请填写你在服务器上的用户名。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="164"/>
        <source>Password: enter your password.</source>
        <translation>密码：请填写密码。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="189"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="192"/>
        <source>Signing in to the office hub</source>
        <translation>正在登录公司服务器</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="230"/>
        <source>Wrong user name or password. Check them and try again.</source>
        <translation>用户名或密码不对，请检查后再试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="235"/>
        <source>The hub at %1 cannot be reached. Check the address and that you are on the office network.</source>
        <translation>连不上服务器 %1。请检查地址，并确认电脑已连上公司网络。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="242"/>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="259"/>
        <source>Signing out</source>
        <translation>正在退出登录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sign_in_dialog.py" line="271"/>
        <source>Signed out. Your data and unsynced changes stay on this computer.</source>
        <translation>已退出登录。你的数据和未同步的修改仍保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="150"/>
        <source>kamdesk is already open</source>
        <translation>kamdesk 已在运行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="151"/>
        <source>Your data is in use by another kamdesk</source>
        <translation>数据正被另一个 kamdesk 使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="153"/>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="154"/>
        <source>kamdesk cannot open your data</source>
        <translation>kamdesk 无法打开你的数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="160"/>
        <source>Restore latest backup puts back your data as it was on %1. The file that cannot be opened is not deleted: it stays in the data folder under a new name.</source>
        <translation>“恢复最近的备份”会把数据恢复到 %1 时的状态。无法打开的文件不会被删除，而是改名后留在数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="164"/>
        <source>Restore latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="165"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="166"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/startup_dialog.py" line="167"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="49"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="52"/>
        <source>%n min ago</source>
        <translation>%n 分钟前</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="55"/>
        <source>%n h ago</source>
        <translation>%n 小时前</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="57"/>
        <source>%n d ago</source>
        <translation>%n 天前</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="81"/>
        <source>hub unreachable</source>
        <translation>连不上服务器</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="83"/>
        <source>sign in again</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="85"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="121"/>
        <source>the hub needs an update</source>
        <translation>服务器需要更新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="87"/>
        <source>update kamdesk</source>
        <translation>需要升级 kamdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="89"/>
        <source>no keyring</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="91"/>
        <source>another sync is running</source>
        <translation>另一个同步正在进行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="93"/>
        <source>hub error</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="95"/>
        <source>remove the demo data first</source>
        <translation>请先移除演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="113"/>
        <source>demo data: not synced</source>
        <translation>演示数据：不同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="115"/>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="117"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="144"/>
        <source>%n pending</source>
        <translation>%n 条待同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="122"/>
        <source>update kamdesk to sync</source>
        <translation>升级 kamdesk 后才能同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="132"/>
        <source>last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="134"/>
        <source>last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="138"/>
        <source>last sync %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="143"/>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="146"/>
        <source>%n conflict(s)</source>
        <translation>%n 个冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="232"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="234"/>
        <source>Send your changes to the office hub and get the team&apos;s</source>
        <translation>把你的修改发到公司服务器，并取回团队的更新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="236"/>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="238"/>
        <source>Changes made on two computers at once, and changes the hub refused</source>
        <translation>两台电脑同时改了同一处，或被服务器拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="240"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="241"/>
        <source>Stop the sync; what was already synced is kept</source>
        <translation>停止同步；已经同步的部分会保留</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="250"/>
        <source>Sign &amp;out of the office hub</source>
        <translation>退出公司服务器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="252"/>
        <source>&amp;Sign in to the office hub…</source>
        <translation>登录公司服务器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="255"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="411"/>
        <location filename="../../kamdesk/ui/sync_actions.py" line="443"/>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="272"/>
        <source>Hub: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="273"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="275"/>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="320"/>
        <source>Reading the sync status</source>
        <translation>正在读取同步状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="370"/>
        <source>Looking for the sign-in</source>
        <translation>正在查找登录信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="390"/>
        <source>Sign in to the office hub first.</source>
        <translation>请先登录公司服务器。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="414"/>
        <source>Syncing with the office hub</source>
        <translation>正在与公司服务器同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="432"/>
        <source>stopping the sync…</source>
        <translation>正在停止同步…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="440"/>
        <source>syncing… %1%</source>
        <translation>正在同步… %1%</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="459"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>同步完成：发送 %1 条，收到 %2 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/sync_actions.py" line="465"/>
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>有 %n 个新冲突待处理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="469"/>
        <source>The hub had been restored; everything was downloaded again.</source>
        <translation>服务器曾从备份恢复，所有数据已重新下载。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="476"/>
        <source>Sync cancelled. What was already synced is kept; your changes are kept.</source>
        <translation>同步已取消。已同步的部分保留，你的修改也都还在。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="494"/>
        <source>Your changes are kept and will be sent with the next sync.</source>
        <translation>你的修改都已保留，下次同步时会发送。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="496"/>
        <source>Sync failed.</source>
        <translation>同步失败。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="498"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="529"/>
        <source>Signed in as %1. Press F5 to sync.</source>
        <translation>已用 %1 登录。按 F5 同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/sync_actions.py" line="538"/>
        <source>Signed out. Your data and unsynced changes stay on this computer.</source>
        <translation>已退出登录。你的数据和未同步的修改仍保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1164"/>
        <source>Saving the script</source>
        <translation>正在保存话术</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1196"/>
        <source>The script could not be saved: %1</source>
        <translation>话术未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1206"/>
        <source>Reading the standard script</source>
        <translation>正在读取标准话术</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1223"/>
        <source>Edit the phone script</source>
        <translation>编辑电话邀约话术</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1224"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1225"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1227"/>
        <source>1 · Introduce yourself</source>
        <translation>1 · 自我介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1228"/>
        <source>2 · State the benefit</source>
        <translation>2 · 晓之以利</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1229"/>
        <source>3 · Close with an appointment</source>
        <translation>3 · 以约会收尾</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1235"/>
        <source>must say %1</source>
        <translation>必须包含 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1238"/>
        <source>Placeholders are filled in when you call: %1</source>
        <translation>打电话时会自动填入以下占位符：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1242"/>
        <source>Version in use: %1</source>
        <translation>当前版本：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/call_dialog.py" line="1243"/>
        <source>&amp;Restore the standard script</source>
        <translation>恢复标准话术(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="116"/>
        <source>Reading the timeline</source>
        <translation>正在读取时间线</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="134"/>
        <source>Call: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="137"/>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="146"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>Who</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="166"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/timeline.py" line="168"/>
        <source>No calls or visits yet.</source>
        <translation>还没有电话或拜访记录。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="205"/>
        <source>Counting the client book</source>
        <translation>正在统计客户资料</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="218"/>
        <source>Preparing the call list</source>
        <translation>正在准备通话清单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="247"/>
        <source>Nobody to call today.</source>
        <translation>今天没有需要打的电话。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="277"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="283"/>
        <source>Your client book is empty</source>
        <translation>客户资料还是空的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="285"/>
        <source>Today sums up your key accounts, contacts, planned visits and follow-ups once you have some. Import your list of accounts and contacts with &lt;b&gt;File ▸ Import…&lt;/b&gt; (CSV, Excel or vCard), or try kamdesk with demo data first.</source>
        <translation>有了数据之后，“今天”会汇总你的大客户、联系人、计划拜访和跟进事项。用&lt;b&gt;文件 ▸ 导入…&lt;/b&gt;导入你的客户和联系人名单（CSV、Excel 或 vCard），或者先用演示数据试一试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="290"/>
        <source>Load demo data…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="292"/>
        <source>Key accounts</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="293"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="294"/>
        <source>Planned visits</source>
        <translation>计划中的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="295"/>
        <source>Open follow-ups</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="296"/>
        <source>Accounts by class</source>
        <translation>按客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="297"/>
        <source>Accounts by category</source>
        <translation>按大客户类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/today_page.py" line="304"/>
        <source>Calls for today (%n)</source>
        <translation>
            <numerusform>今天的电话（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="305"/>
        <source>All calls ›</source>
        <translation>全部电话 ›</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/today_page.py" line="309"/>
        <source>Visits today (%n)</source>
        <translation>
            <numerusform>今日拜访（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/today_page.py" line="316"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>TodayVisits</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1581"/>
        <source>Loading today&apos;s visits</source>
        <translation>正在读取今天的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1619"/>
        <source>No visits today. Plan one from the Visits page or an account (Ctrl+Shift+V).</source>
        <translation>今天没有拜访。可在“拜访”页或客户详情中计划拜访 (Ctrl+Shift+V)。</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="359"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="217"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="360"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="218"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="361"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="219"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="245"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1751"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="810"/>
        <source>Opening the visit</source>
        <translation>正在打开拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="859"/>
        <source>The visit could not be opened: %1</source>
        <translation>无法打开这次拜访：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="871"/>
        <source>What you typed before kamdesk closed unexpectedly at %1 is kept in %2.</source>
        <translation>kamdesk 意外关闭前（%1）你输入的内容已保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="944"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="954"/>
        <source>A copy of this report kept while you typed could not be read; it was moved to %1.</source>
        <translation>输入时自动保留的报告副本无法读取，已移至 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="979"/>
        <source>Recovered what you typed before kamdesk closed unexpectedly at %1. Since then this report was changed elsewhere (%2), so what you typed is shown here but not saved: keep it, or use the saved version.</source>
        <translation>已找回 kamdesk 于 %1 意外关闭前你输入的内容。此后该报告已在别处被修改（%2），因此这里显示的是你输入的内容，但尚未保存：请选择保留它，或使用已保存的版本。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="992"/>
        <source>Recovered what you typed before kamdesk closed unexpectedly at %1.</source>
        <translation>已找回 kamdesk 于 %1 意外关闭前你输入的内容。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1086"/>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1108"/>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1111"/>
        <source>With: %1</source>
        <translation>参加人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1113"/>
        <source>No attendees chosen</source>
        <translation>未选参加人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1117"/>
        <source>Objectives: %1</source>
        <translation>拜访目的：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1168"/>
        <source>%1 — due %2</source>
        <translation>%1 —— %2 到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1202"/>
        <source>Preparation checklist (%1/%2)</source>
        <translation>准备清单（%1/%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1207"/>
        <source>Open promises from earlier visits (%1)</source>
        <translation>以往拜访中未兑现的承诺（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1312"/>
        <source>Saving the visit report</source>
        <translation>正在保存拜访记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1318"/>
        <source>kamdesk is closing; the report could not be saved.</source>
        <translation>kamdesk 正在关闭，拜访记录未能保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1353"/>
        <source>Not saved: %1
What you typed is still here; it is saved when you try again.</source>
        <translation>未保存：%1
你输入的内容仍在这里，重试时会保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1364"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1366"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1368"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1370"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1372"/>
        <source>Saved as you type</source>
        <translation>边输入边自动保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1463"/>
        <source>Ticking the checklist</source>
        <translation>正在勾选准备清单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1484"/>
        <source>Marking a promise kept</source>
        <translation>正在标记承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1492"/>
        <source>Say what you promised.</source>
        <translation>请填写承诺的内容。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1511"/>
        <source>Adding a promise</source>
        <translation>正在添加承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1553"/>
        <source>Changing a promise</source>
        <translation>正在修改承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1572"/>
        <source>Removing a promise</source>
        <translation>正在删除承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1644"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1703"/>
        <source>Visit report not saved</source>
        <translation>拜访记录未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1646"/>
        <source>The report of the visit to %1 could not be saved: %2

Quit anyway and lose what was typed since the last save?</source>
        <translation>拜访%1的记录未能保存：%2

仍要退出吗？上次保存之后输入的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1650"/>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1707"/>
        <source>it took too long</source>
        <translation>保存超时</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1651"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1705"/>
        <source>The report could not be saved: %1

Close anyway and lose what was typed since the last save?</source>
        <translation>拜访记录未能保存：%1

仍要关闭吗？上次保存之后输入的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1708"/>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1735"/>
        <source>Notes</source>
        <translation>拜访纪要</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1736"/>
        <source>Needs found</source>
        <translation>发现的需求</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1737"/>
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1738"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1739"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1742"/>
        <source>What was said, who said it, what you saw</source>
        <translation>谈了什么、谁说的、看到了什么</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1743"/>
        <source>What the account needs, in their words</source>
        <translation>客户的需求，尽量用客户的原话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1744"/>
        <source>Doubts and objections, and how you answered them</source>
        <translation>客户的疑虑和异议，以及你是如何回应的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1745"/>
        <source>What was agreed or decided</source>
        <translation>达成了什么共识或决定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1746"/>
        <source>What happens next, and who does it</source>
        <translation>接下来做什么、由谁负责</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1752"/>
        <source>Keys 1–5; 0 clears</source>
        <translation>按 1–5 打分，按 0 清除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1753"/>
        <source>How satisfied the client was, 1 to 5</source>
        <translation>客户的满意程度，1 到 5 分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1754"/>
        <source>Promises made</source>
        <translation>本次承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1755"/>
        <source>New promise (Enter adds it)</source>
        <translation>新承诺（按回车添加）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1756"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1757"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1758"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1759"/>
        <source>Remove the selected promise (Delete)</source>
        <translation>删除选中的承诺（Delete 键）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1760"/>
        <source>Promise</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1760"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1761"/>
        <source>Space ticks the selected item</source>
        <translation>按空格键勾选当前项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1762"/>
        <source>Tick a promise when it has been kept</source>
        <translation>承诺兑现后请勾选</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1765"/>
        <source>The visit took place (Ctrl+D)</source>
        <translation>拜访已进行（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1766"/>
        <source>Edit plan…</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1767"/>
        <source>Briefing…</source>
        <translation>拜访简报…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1771"/>
        <source>Preview report…</source>
        <translation>预览报告…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1775"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1776"/>
        <source>Keep what I typed</source>
        <translation>保留我输入的内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1777"/>
        <source>Use the saved version</source>
        <translation>使用已保存的版本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1778"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1783"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1784"/>
        <source>Preparation checklist</source>
        <translation>准备清单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_editor.py" line="1785"/>
        <source>Open promises from earlier visits</source>
        <translation>以往拜访中未兑现的承诺</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="282"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="283"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="284"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="285"/>
        <source>Attendees</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="286"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="287"/>
        <source>Scenario</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="288"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="327"/>
        <source>Loading the visit</source>
        <translation>正在读取拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="401"/>
        <source>Pick the account from the list of matches.</source>
        <translation>请从匹配的客户列表中选择。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="423"/>
        <source>Looking for accounts</source>
        <translation>正在查找客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="456"/>
        <source>No account matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="477"/>
        <source>Loading the account</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="508"/>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="521"/>
        <source>Choose the account first; its contacts are listed here.</source>
        <translation>请先选择客户，这里会列出它的联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="523"/>
        <source>This account has no contacts yet: add one on the Accounts page.</source>
        <translation>这个客户还没有联系人：请先在“客户”页添加。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="525"/>
        <source>Tick the people you will meet (Space ticks the selected one).</source>
        <translation>勾选要见的人（空格键勾选当前一项）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="601"/>
        <source>Looking for visits at the same time</source>
        <translation>正在查找同一时间的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="616"/>
        <source>%1 Overlaps %2 %3 (%4)</source>
        <translation>%1 与 %2 %3（%4）时间重叠</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="639"/>
        <source>Saving the visit</source>
        <translation>正在保存拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="674"/>
        <source>The visit could not be saved: %1</source>
        <translation>拜访未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="689"/>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="689"/>
        <source>Edit the visit plan</source>
        <translation>修改拜访计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="692"/>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="693"/>
        <source>A&amp;ttendees:</source>
        <translation>拜访对象(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="694"/>
        <source>Ti&amp;me:</source>
        <translation>时间(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="695"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="696"/>
        <source>&amp;Scenario:</source>
        <translation>拜访类型(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="697"/>
        <source>&amp;Objectives:</source>
        <translation>拜访目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="701"/>
        <source>Type a name, short name or pinyin</source>
        <translation>输入客户名称、简称或拼音</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="702"/>
        <source>The account&apos;s address unless you change it</source>
        <translation>默认为客户地址，可修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="704"/>
        <source>What you want to achieve, e.g. present the new range, agree a trial order</source>
        <translation>希望达成什么，例如：介绍新产品系列，谈定试用订单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visit_plan_dialog.py" line="711"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="194"/>
        <source>Overlaps another visit</source>
        <translation>与另一次拜访时间重叠</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="197"/>
        <source>Overlaps %1 %2</source>
        <translation>与 %1 %2 时间重叠</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1278"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1480"/>
        <source>All upcoming</source>
        <translation>今后所有拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1302"/>
        <source>Loading the visits</source>
        <translation>正在读取拜访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits_page.py" line="1398"/>
        <source>Export %n selected reports…</source>
        <translation>
            <numerusform>导出所选的 %n 份报告…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1400"/>
        <source>Export the listed reports…</source>
        <translation>导出列表中的报告…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1401"/>
        <source>Export the week&apos;s reports…</source>
        <translation>导出整周的报告…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1409"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1592"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1410"/>
        <source>&amp;Edit plan…</source>
        <translation>修改计划(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1411"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1596"/>
        <source>&amp;Briefing…</source>
        <translation>拜访简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1416"/>
        <location filename="../../kamdesk/ui/visits_page.py" line="1599"/>
        <source>&amp;Preview report…</source>
        <translation>预览报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1422"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1446"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1448"/>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1449"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1450"/>
        <source>Back to this week (Alt+Home)</source>
        <translation>回到本周 (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1452"/>
        <source>Next week (Alt+Right)</source>
        <translation>下一周 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1453"/>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1454"/>
        <source>The week as a calendar</source>
        <translation>以日历显示本周</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1455"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1456"/>
        <source>The visits as a table you can sort and filter</source>
        <translation>以表格显示拜访，可排序和筛选</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1457"/>
        <source>&amp;Plan a visit…</source>
        <translation>计划拜访(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1458"/>
        <source>Plan a new visit (Ctrl+Shift+V)</source>
        <translation>计划一次新的拜访 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1461"/>
        <source>Save the reports of these visits as PDF: one file with all of them, or one file each. In the list, select several visits to export only those.</source>
        <translation>把这些拜访的报告保存为 PDF：全部合成一个文件，或每次拜访一个文件。在列表中选中几次拜访，就只导出选中的。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1466"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1467"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1471"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1479"/>
        <source>The week shown</source>
        <translation>所显示的一周</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1491"/>
        <source>No upcoming visits</source>
        <translation>今后没有拜访计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1493"/>
        <source>Visits you plan appear here, each with its account, the people you will meet and what you want to achieve.</source>
        <translation>计划好的拜访会列在这里，每次拜访都有客户、要见的人和拜访目标。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1499"/>
        <source>No visits this week</source>
        <translation>本周没有拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1501"/>
        <source>No visits in the week shown</source>
        <translation>这一周没有拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1504"/>
        <source>Plan a visit with the people of an account: its time, place, scenario and objectives. A call that ends in an appointment becomes a planned visit too. Alt+Left and Alt+Right go to other weeks.</source>
        <translation>为客户的联系人安排一次拜访：时间、地点、拜访类型和目标。电话邀约约定的见面也会成为计划中的拜访。用 Alt+Left 和 Alt+Right 查看其他周。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1508"/>
        <source>Plan a visit…</source>
        <translation>计划拜访…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits_page.py" line="1513"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits_page.py" line="1515"/>
        <source>%1 of %2 visits</source>
        <translation>%1 / %2 次拜访</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="303"/>
        <source>This is not text.</source>
        <translation>这不是文本。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="315"/>
        <source>This may have at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="348"/>
        <source>This text may be at most 1 MB long.</source>
        <translation>文本最长 1 MB。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="367"/>
        <source>%1 is not one of the listed values.</source>
        <translation>%1 不是可选的值。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="396"/>
        <source>Answer yes or no.</source>
        <translation>请填“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="442"/>
        <source>Give a whole number of days from 1 to %1.</source>
        <translation>请填 1 到 %1 之间的整数天数。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="553"/>
        <source>A web address has no spaces.</source>
        <translation>网址中不能有空格。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="680"/>
        <source>not a user name: %1</source>
        <translation>不是有效的用户名：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/accounts.py" line="426"/>
        <source>The lunch break must lie within the working hours.</source>
        <translation>午休时间必须在工作时间之内。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="137"/>
        <source>An e-mail address may have at most %1 characters.</source>
        <translation>电子邮箱地址最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="182"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="183"/>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="169"/>
        <source>The latest backup (%1) was restored.</source>
        <translation>已恢复最近的备份（%1）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="99"/>
        <source>already open on %1; its window was brought to the front.</source>
        <translation>已在 %1 上运行，已将其窗口切换到前台。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="133"/>
        <source>Opening your data</source>
        <translation>正在打开数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="145"/>
        <source>kamdesk cannot open your data</source>
        <translation>kamdesk 无法打开你的数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="146"/>
        <source>Your data could not be opened: %1</source>
        <translation>无法打开你的数据：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="173"/>
        <source>The file that could not be opened was kept as
%1</source>
        <translation>无法打开的文件已保留为
%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="191"/>
        <source>Restoring a backup</source>
        <translation>正在恢复备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="257"/>
        <source>Settings not read</source>
        <translation>未能读取设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="258"/>
        <source>Your settings could not be read, so kamdesk uses the defaults for now and leaves the file as it is: %1</source>
        <translation>无法读取你的设置，kamdesk 暂时使用默认设置，并且不会改动该文件：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/application.py" line="233"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../kamdesk/app.py" line="46"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="47"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="48"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="49"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="50"/>
        <location filename="../../kamdesk/app.py" line="103"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="51"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="52"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="53"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="54"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="55"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="56"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="57"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="58"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="59"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="60"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="61"/>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../kamdesk/backup.py" line="148"/>
        <source>already exists; choose a new file name</source>
        <translation>已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="304"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="307"/>
        <location filename="../../kamdesk/store.py" line="323"/>
        <source>not a kamdesk database</source>
        <translation>不是 kamdesk 数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="318"/>
        <location filename="../../kamdesk/store.py" line="321"/>
        <source>damaged (%1)</source>
        <translation>已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="327"/>
        <source>written by a newer version of kamdesk (schema %1)</source>
        <translation>由更新版本的 kamdesk 写入（数据结构 %1）</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="194"/>
        <source>Industry key account</source>
        <translation>行业大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="195"/>
        <source>Regional key account</source>
        <translation>区域大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="196"/>
        <source>Potential key account</source>
        <translation>潜力大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="204"/>
        <source>a time needs its time zone</source>
        <translation>时间必须带时区</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="445"/>
        <source>expected whole minutes from 0 to %1</source>
        <translation>应为 0 到 %1 之间的整数分钟</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="508"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="517"/>
        <source>in %n min</source>
        <translation>%n 分钟后</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="537"/>
        <source>Decides</source>
        <translation>决策</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="539"/>
        <source>You and them</source>
        <translation>你和他</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="543"/>
        <source>No attendees.</source>
        <translation>没有参加人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="545"/>
        <source>Your own style: %1</source>
        <translation>你自己的类型：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="579"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="581"/>
        <source>Preparation</source>
        <translation>准备事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/briefing.py" line="595"/>
        <source>No objection card fits.</source>
        <translation>没有对得上的异议卡片。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="192"/>
        <source>Before you go in</source>
        <translation>进门前看一眼</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="193"/>
        <location filename="../../kamdesk/services/briefing.py" line="523"/>
        <source>Who you meet</source>
        <translation>今天见谁</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="194"/>
        <location filename="../../kamdesk/services/briefing.py" line="548"/>
        <source>The account</source>
        <translation>客户情况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="195"/>
        <location filename="../../kamdesk/services/briefing.py" line="560"/>
        <source>Open promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="196"/>
        <location filename="../../kamdesk/services/briefing.py" line="569"/>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="197"/>
        <source>Still to prepare</source>
        <translation>还要准备</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="198"/>
        <location filename="../../kamdesk/services/briefing.py" line="585"/>
        <source>If they object</source>
        <translation>客户提出异议时</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="199"/>
        <location filename="../../kamdesk/services/briefing.py" line="597"/>
        <source>Call windows today</source>
        <translation>今天可以打电话的时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="200"/>
        <location filename="../../kamdesk/services/briefing.py" line="521"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="201"/>
        <location filename="../../kamdesk/services/briefing.py" line="576"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="202"/>
        <location filename="../../kamdesk/services/briefing.py" line="578"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="203"/>
        <location filename="../../kamdesk/services/briefing.py" line="577"/>
        <source>Objected</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="204"/>
        <source>You (%1) with them:</source>
        <translation>你（%1）和他相处：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="205"/>
        <source>Assess your own style in Settings to get a hint for this pair.</source>
        <translation>在“设置”里评估一下你自己的性格类型，就能看到你和对方怎么相处的提示。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="208"/>
        <location filename="../../kamdesk/services/briefing.py" line="564"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="209"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="210"/>
        <source>All prepared.</source>
        <translation>都准备好了。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="211"/>
        <location filename="../../kamdesk/services/briefing.py" line="567"/>
        <source>No open promises.</source>
        <translation>没有未兑现的承诺。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="212"/>
        <location filename="../../kamdesk/services/briefing.py" line="572"/>
        <source>No earlier visit: this is the first.</source>
        <translation>之前没拜访过：这是第一次。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="213"/>
        <location filename="../../kamdesk/services/briefing.py" line="601"/>
        <source>no good time today</source>
        <translation>今天没有合适的时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="214"/>
        <location filename="../../kamdesk/services/briefing.py" line="551"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="215"/>
        <location filename="../../kamdesk/services/briefing.py" line="558"/>
        <source>No class set: set one to get its strategy.</source>
        <translation>还没设客户类型：设置后就能看到对应的策略。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="216"/>
        <location filename="../../kamdesk/services/briefing.py" line="593"/>
        <source>With %1:</source>
        <translation>对%1：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="217"/>
        <source>Also: %1</source>
        <translation>另见：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="219"/>
        <location filename="../../kamdesk/services/briefing.py" line="530"/>
        <source>Open</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="220"/>
        <location filename="../../kamdesk/services/briefing.py" line="531"/>
        <source>Present</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="221"/>
        <source>Objections</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="222"/>
        <location filename="../../kamdesk/services/briefing.py" line="532"/>
        <source>Close</source>
        <translation>促成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="223"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="224"/>
        <location filename="../../kamdesk/services/briefing.py" line="533"/>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="231"/>
        <source>…and %n more</source>
        <translation>……还有 %n 项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/briefing.py" line="566"/>
        <source>Briefing</source>
        <translation>拜访前简报</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="47"/>
        <source>cold visit</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="48"/>
        <source>referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="49"/>
        <source>existing client</source>
        <translation>老客户拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="50"/>
        <source>client visits us</source>
        <translation>客户接待</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="66"/>
        <source>kamdesk visits and call-backs</source>
        <translation>kamdesk 拜访与回电</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="105"/>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="111"/>
        <source>Scenario: %1</source>
        <translation>拜访类型：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="115"/>
        <source>Attendees: %1</source>
        <translation>参加人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="117"/>
        <source>Objectives: %1</source>
        <translation>拜访目标：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="134"/>
        <source>Call back: %1 (%2)</source>
        <translation>回电：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calendar_export.py" line="141"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
</context>
<context>
    <name>call_list</name>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="531"/>
        <source>call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="532"/>
        <source>follow-up due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="533"/>
        <source>arrange a visit</source>
        <translation>约首次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="534"/>
        <source>not contacted for a while</source>
        <translation>较长时间未联系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="542"/>
        <source>not contacted for %n day(s)</source>
        <translation>已 %n 天未联系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_list.py" line="545"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>call_timing</name>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="81"/>
        <source>bad timing rules: %1</source>
        <translation>通话时间规则有误：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="479"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="480"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="481"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="482"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="483"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="484"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="485"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="495"/>
        <source>good time to call, until %1</source>
        <translation>现在适合打电话，到 %1 为止</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="498"/>
        <source>no good time to call in the next three weeks</source>
        <translation>未来三周没有合适的通话时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="500"/>
        <source>next good time: %1</source>
        <translation>下一个合适时间：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="517"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="518"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="519"/>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="520"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="521"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="522"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="523"/>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="524"/>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="532"/>
        <source>official holiday: %1</source>
        <translation>法定节假日：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="536"/>
        <source>adjusted working day (%1)</source>
        <translation>调休上班日（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="540"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="541"/>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="547"/>
        <source>working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="548"/>
        <source>before work</source>
        <translation>上班前</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="549"/>
        <source>after work</source>
        <translation>下班后</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="550"/>
        <source>usual contact time</source>
        <translation>惯常联络时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/call_timing.py" line="556"/>
        <source>China&apos;s official holidays for %1 are not known to this version yet: only weekends are left out.</source>
        <translation>本版本还没有 %1 年的中国法定节假日安排：暂时只排除周末。</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="60"/>
        <location filename="../../kamdesk/sync/describe.py" line="365"/>
        <source>Appointment</source>
        <translation>约到见面</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="61"/>
        <location filename="../../kamdesk/sync/describe.py" line="366"/>
        <source>Call back</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="62"/>
        <location filename="../../kamdesk/sync/describe.py" line="367"/>
        <source>Not interested</source>
        <translation>没有兴趣</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="63"/>
        <location filename="../../kamdesk/sync/describe.py" line="368"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="70"/>
        <location filename="../../kamdesk/sync/describe.py" line="352"/>
        <source>Cold visit</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="71"/>
        <location filename="../../kamdesk/sync/describe.py" line="353"/>
        <source>Referral</source>
        <translation>转介绍拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="72"/>
        <location filename="../../kamdesk/sync/describe.py" line="354"/>
        <source>Existing client</source>
        <translation>老客户拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="73"/>
        <location filename="../../kamdesk/sync/describe.py" line="355"/>
        <source>Client comes to us</source>
        <translation>客户来访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="80"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="81"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="82"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="238"/>
        <source>choose how the call ended</source>
        <translation>请选择通话结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="242"/>
        <source>the call has no time</source>
        <translation>通话没有时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="245"/>
        <source>a duration cannot be negative</source>
        <translation>通话时长不能为负数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="251"/>
        <source>unknown step %1</source>
        <translation>未知步骤 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="258"/>
        <location filename="../../kamdesk/services/calls.py" line="267"/>
        <source>a note may be at most %1 characters</source>
        <translation>记录最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="274"/>
        <source>agree on a time</source>
        <translation>请约定时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="277"/>
        <source>the appointment is in the past</source>
        <translation>约定的时间已经过去</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="283"/>
        <source>the visit must end after it starts</source>
        <translation>拜访的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="286"/>
        <source>agree on a place</source>
        <translation>请约定地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="291"/>
        <source>the place may be at most %1 characters</source>
        <translation>地点最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="298"/>
        <source>confirm who will attend</source>
        <translation>请确认参加的人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="301"/>
        <source>unknown scenario</source>
        <translation>未知的拜访类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="303"/>
        <source>say why they are not interested</source>
        <translation>请写明对方没有兴趣的原因</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="306"/>
        <source>pick a time</source>
        <translation>请选择时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="309"/>
        <source>the time is in the past</source>
        <translation>这个时间已经过去</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="349"/>
        <source>not a contact of this account</source>
        <translation>不是这个客户的联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="389"/>
        <source>Call %1 back</source>
        <translation>给%1回电</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/calls.py" line="391"/>
        <source>Try %1 again</source>
        <translation>再打给%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kamdesk/app.py" line="36"/>
        <source>%1 (see %2 --help)</source>
        <translation>%1（参见 %2 --help）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="76"/>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="78"/>
        <source>the data directory (default: $KAMDESK_DATA_DIR, else the platform&apos;s)</source>
        <translation>数据目录（默认为 $KAMDESK_DATA_DIR，未设置时使用系统的应用数据目录）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="86"/>
        <source>the language of messages (default: the setting, else the system&apos;s)</source>
        <translation>提示信息的语言（默认按设置，未设置时跟随系统）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="94"/>
        <source>kamdesk: key-account management for field sales reps, offline-first.</source>
        <translation>kamdesk：面向外勤销售代表的大客户管理工具，离线优先。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="97"/>
        <source>Without a command, kamdesk opens its window.</source>
        <translation>不带命令运行时，kamdesk 会打开主窗口。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="108"/>
        <source>open the window on a fresh data directory filled with demo data</source>
        <translation>在一个装有演示数据的新数据目录上打开窗口</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="111"/>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="120"/>
        <location filename="../../kamdesk/app.py" line="266"/>
        <source>print JSON (the shape is documented in docs/cli.md)</source>
        <translation>输出 JSON（格式见 docs/cli.md）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="124"/>
        <source>open the window (the default)</source>
        <translation>打开窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="126"/>
        <source>fill the data directory with demo data</source>
        <translation>向数据目录填入演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="132"/>
        <source>how many accounts (default 200)</source>
        <translation>客户数量（默认 200）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="134"/>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="138"/>
        <source>add to a data directory that already holds accounts</source>
        <translation>添加到已有客户的数据目录中</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="143"/>
        <source>remove the demo data, with everything added to demo accounts (before a sync)</source>
        <translation>移除演示数据，以及在演示客户下添加的一切（同步之前）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="150"/>
        <source>search accounts and contacts, as the search box does</source>
        <translation>搜索客户和联系人，与搜索框相同</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="153"/>
        <source>QUERY</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="157"/>
        <source>write a consistent copy of the database</source>
        <translation>写出一份一致的数据库副本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="162"/>
        <location filename="../../kamdesk/app.py" line="170"/>
        <location filename="../../kamdesk/app.py" line="190"/>
        <location filename="../../kamdesk/app.py" line="213"/>
        <location filename="../../kamdesk/app.py" line="373"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="163"/>
        <source>where to write it (default: a new file in the backups folder)</source>
        <translation>写到哪里（默认：备份文件夹中的新文件）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="166"/>
        <source>list the backups instead</source>
        <translation>改为列出已有备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="169"/>
        <source>replace the database with a backup</source>
        <translation>用一份备份替换数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="172"/>
        <source>restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="176"/>
        <source>where the data lives, its schema, counts and backups</source>
        <translation>显示数据位置、数据结构、数量统计和备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="179"/>
        <source>show or change a setting</source>
        <translation>查看或修改设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="180"/>
        <source>KEY</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="181"/>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="185"/>
        <source>import accounts and contacts from CSV, XLSX, vCard or a kamdesk JSON export</source>
        <translation>从 CSV、XLSX、vCard 或 kamdesk 导出的 JSON 导入客户和联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="194"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>只检查文件并说明会有哪些变化，不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="199"/>
        <source>COLUMN=FIELD</source>
        <translation>列=字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="200"/>
        <source>read the column COLUMN (its header or number) as FIELD, or leave it out with FIELD -; may be repeated</source>
        <translation>把“列”（列标题或列号）当作“字段”读取，字段写 - 则不导入该列；可多次使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="208"/>
        <source>export everything to FILE.json (lossless) or the contact list to FILE.csv</source>
        <translation>把全部数据导出为 文件.json（无损），或把联系人清单导出为 文件.csv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="217"/>
        <source>write the import template (a CSV file with an example row) instead</source>
        <translation>改为生成导入模板（带一行示例的 CSV 文件）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="222"/>
        <source>write planned visits and call-backs as a calendar file (FILE.ics) instead</source>
        <translation>改为把计划拜访和回电写成日历文件（FILE.ics）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="227"/>
        <source>replace FILE if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="232"/>
        <source>a contact&apos;s good times to call on a day, in your time zone</source>
        <translation>某个联系人在某一天适合打电话的时间（按你的时区）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="237"/>
        <location filename="../../kamdesk/app.py" line="281"/>
        <source>CONTACT</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="238"/>
        <source>the contact&apos;s id or name</source>
        <translation>联系人的编号或姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="242"/>
        <location filename="../../kamdesk/app.py" line="253"/>
        <location filename="../../kamdesk/app.py" line="317"/>
        <location filename="../../kamdesk/app.py" line="323"/>
        <source>DAY</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="243"/>
        <location filename="../../kamdesk/app.py" line="254"/>
        <source>the day, as 2026-11-26 (default: today)</source>
        <translation>日期，格式如 2026-11-26（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="248"/>
        <source>the day&apos;s call list: whom to call, why, and when</source>
        <translation>当天的通话清单：打给谁、为什么、什么时候打</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="257"/>
        <source>plan, list and show visits</source>
        <translation>计划、列出和查看拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="258"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="270"/>
        <source>plan a visit; prints its id</source>
        <translation>计划一次拜访，并输出其 id</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="274"/>
        <location filename="../../kamdesk/app.py" line="435"/>
        <source>ACCOUNT</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="275"/>
        <location filename="../../kamdesk/app.py" line="436"/>
        <source>the account&apos;s id or name</source>
        <translation>客户的 id 或名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="282"/>
        <source>an attendee: a contact of the account, by id or name; may be repeated</source>
        <translation>参加人：该客户的联系人，用 id 或姓名；可重复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="289"/>
        <location filename="../../kamdesk/app.py" line="297"/>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="290"/>
        <source>when it starts, as 2026-12-01T14:30 (in your time zone unless an offset is given)</source>
        <translation>开始时间，如 2026-12-01T14:30（未注明时区偏移时按你的时区）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="298"/>
        <source>when it ends (default: an hour after the start)</source>
        <translation>结束时间（默认：开始后一小时）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="304"/>
        <source>the kind of visit (default: existing_client)</source>
        <translation>拜访类型（默认：existing_client）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="306"/>
        <source>PLACE</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="306"/>
        <source>where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="309"/>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="310"/>
        <source>what you want from the visit</source>
        <translation>本次拜访想达成什么</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="313"/>
        <source>the visits on some days, by start</source>
        <translation>列出若干天内的拜访，按开始时间排序</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="318"/>
        <source>the first day, as 2026-11-26 (default: today)</source>
        <translation>第一天，如 2026-11-26（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="324"/>
        <source>the last day (default: six days after the first)</source>
        <translation>最后一天（默认：第一天之后六天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="327"/>
        <source>everything about one visit</source>
        <translation>查看一次拜访的全部信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="330"/>
        <location filename="../../kamdesk/app.py" line="340"/>
        <location filename="../../kamdesk/app.py" line="368"/>
        <source>VISIT</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="331"/>
        <location filename="../../kamdesk/app.py" line="341"/>
        <location filename="../../kamdesk/app.py" line="369"/>
        <source>the visit&apos;s id, or the beginning of it</source>
        <translation>拜访的 id，或其开头部分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="335"/>
        <source>write visit reports as PDF, one file or one each</source>
        <translation>将拜访报告导出为 PDF：合并为一个文件，或每次拜访一个文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="347"/>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="348"/>
        <source>the PDF to write (several visits: one after the other); with --each, a folder</source>
        <translation>要写入的 PDF 文件（多次拜访依次排在同一文件中）；使用 --each 时为文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="355"/>
        <source>one PDF per visit in the folder OUT, named by day and account</source>
        <translation>每次拜访在“输出”文件夹中各生成一个 PDF，按日期和客户命名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="358"/>
        <location filename="../../kamdesk/app.py" line="377"/>
        <source>replace files that exist</source>
        <translation>覆盖已存在的文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="363"/>
        <source>the pre-visit briefing: who you meet and how to handle them</source>
        <translation>拜访前简报：见谁、怎么应对</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="374"/>
        <source>also write it as a one-page PDF to read on the phone</source>
        <translation>同时导出一页 PDF，方便在手机上看</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="380"/>
        <source>sign in to the office hub (the token goes to the keyring)</source>
        <translation>登录公司服务器（凭据保存在系统钥匙串中）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="385"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="386"/>
        <source>the hub&apos;s address, as https://hub.example.com</source>
        <translation>服务器地址，例如 https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="391"/>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="392"/>
        <source>your user name on the hub</source>
        <translation>你在服务器上的用户名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="397"/>
        <source>read the password from the first line of standard input</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="401"/>
        <source>sync with the office hub now: send your changes, receive the team&apos;s</source>
        <translation>立即与公司服务器同步：发送你的修改，接收团队的更新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="406"/>
        <source>pending changes, open conflicts, last sync and last error</source>
        <translation>待同步修改、未处理冲突、上次同步和上次错误</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="411"/>
        <source>values that lost a concurrent edit, and changes the hub refused</source>
        <translation>同时修改时落选的值，以及被服务器拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="414"/>
        <source>resolved ones too</source>
        <translation>也列出已处理的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="417"/>
        <source>resolve a conflict: keep the current value, use the other, or restore the record</source>
        <translation>处理冲突：保留当前值、改用另一个值，或恢复记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="424"/>
        <source>CONFLICT</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="425"/>
        <source>the conflict&apos;s id, or the beginning of it</source>
        <translation>冲突编号，或其开头部分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="430"/>
        <source>share an account with other reps, or stop; prints who it is shared with</source>
        <translation>将客户共享给其他销售，或取消共享；显示当前共享给了谁</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="443"/>
        <location filename="../../kamdesk/app.py" line="450"/>
        <source>USER</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="444"/>
        <source>share it with this rep (a hub user name); may be repeated</source>
        <translation>共享给这位销售（服务器上的用户名）；可重复使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="451"/>
        <source>stop sharing it with this rep; may be repeated</source>
        <translation>取消与这位销售的共享；可重复使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="461"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="465"/>
        <source>must be at least 1: %1</source>
        <translation>至少为 1：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="534"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../kamdesk/app.py" line="543"/>
        <source>internal error (%1: %2); details in %3</source>
        <translation>内部错误（%1：%2），详情见 %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="34"/>
        <source>unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="92"/>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="118"/>
        <source>There is no demo data here.</source>
        <translation>这里没有演示数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="121"/>
        <source>Demo data removed: accounts: %1, contacts: %2, visits: %3, follow-ups: %4.</source>
        <translation>演示数据已移除：客户 %1 个，联系人 %2 位，拜访 %3 次，跟进事项 %4 项。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="157"/>
        <source>The search index is still being built (%1%); rows not yet in it are not found. It is finished by the window or by kamdesk sync.</source>
        <translation>搜索索引仍在建立中（%1%）；尚未收入的记录暂时搜不到。打开窗口或运行 kamdesk sync 即可完成。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="166"/>
        <source>No account or contact matches %1.</source>
        <translation>没有与 %1 匹配的客户或联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="171"/>
        <source>Accounts (%1)</source>
        <translation>客户（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="177"/>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="203"/>
        <source>No backups yet in %1</source>
        <translation>%1 中还没有备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="215"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="225"/>
        <source>name a backup FILE or give --latest (see kamdesk restore --help)</source>
        <translation>请指定备份文件，或使用 --latest（参见 kamdesk restore --help）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="232"/>
        <source>a backup in %1</source>
        <translation>%1 中的备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="236"/>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="239"/>
        <source>The previous database was kept as %1</source>
        <translation>原来的数据库已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="268"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="269"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="270"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="271"/>
        <source>Schema</source>
        <translation>数据结构</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="272"/>
        <source>Newest schema</source>
        <translation>最新数据结构</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="273"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="274"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="275"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="283"/>
        <source>Visits planned</source>
        <translation>计划中的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="284"/>
        <source>Open follow-ups</source>
        <translation>未完成的跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="285"/>
        <source>Accounts by class</source>
        <translation>按客户类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="286"/>
        <source>Accounts by category</source>
        <translation>按大客户类别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="303"/>
        <source>unknown setting; one of: %1</source>
        <translation>未知的设置项；可用：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="354"/>
        <source>--map takes COLUMN=FIELD, not %1</source>
        <translation>--map 的写法是 列=字段，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="361"/>
        <source>no column %1 in the file; its columns are: %2</source>
        <translation>文件中没有“%1”列；现有的列：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="367"/>
        <source>unknown field %1; one of: %2</source>
        <translation>未知字段 %1；可用的字段：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="381"/>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="386"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="399"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="584"/>
        <source>Rows exported to %2: %1</source>
        <translation>已导出到 %2：%1 行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="606"/>
        <source>--date must be a day like 2026-11-26, not %1</source>
        <translation>--date 必须是 2026-11-26 这样的日期，不能是 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="677"/>
        <source>%1: when to call on %2 (times in %3)</source>
        <translation>%1：%2 适合打电话的时间（%3 时间）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="686"/>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="692"/>
        <source>No good time to call on this day.</source>
        <translation>这一天没有合适的通话时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="700"/>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="752"/>
        <source>Calls for %1 (times in %2)</source>
        <translation>%1 的通话清单（%2 时间）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="758"/>
        <source>Nobody to call on this day.</source>
        <translation>这一天没有需要打的电话。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="761"/>
        <source>no good time</source>
        <translation>没有合适时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="772"/>
        <source>%1 more accounts are waiting for a call; they come up on the next days.</source>
        <translation>另有 %1 个客户等待联系，会在接下来几天陆续列出。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="804"/>
        <source>%1 must be a date and time like 2026-12-01T14:30, not %2</source>
        <translation>%1 须为日期时间，如 2026-12-01T14:30，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="892"/>
        <source>warning: at the same time as %1</source>
        <translation>警告：与以下拜访时间冲突 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="916"/>
        <source>--to %1 comes before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="937"/>
        <source>Visits from %1 to %2 (times in %3)</source>
        <translation>%1 至 %2 的拜访（%3 时间）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="944"/>
        <source>No visits on these days.</source>
        <translation>这几天没有拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="949"/>
        <source>! at the same time as another visit</source>
        <translation>! 与其他拜访时间冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="988"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1001"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1002"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1003"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1004"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1006"/>
        <source>Attendees</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1010"/>
        <source>At the same time as</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1011"/>
        <source>Objectives</source>
        <translation>拜访目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1012"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1013"/>
        <source>Needs found</source>
        <translation>发现的需求</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1014"/>
        <source>Objections</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1015"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1016"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1018"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1020"/>
        <source>Promises made</source>
        <translation>做出的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1024"/>
        <source>Open promises from before</source>
        <translation>之前未完成的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1027"/>
        <source>Preparation</source>
        <translation>拜访准备</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1037"/>
        <source>say what to do: kamdesk visit plan, list or show</source>
        <translation>请指定操作：kamdesk visit plan、list 或 show</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1052"/>
        <source>with --each, OUT is a folder; %1 is a file</source>
        <translation>使用 --each 时“输出”须为文件夹；%1 是一个文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1058"/>
        <source>OUT must name a .pdf file (or, with --each, a folder), not %1</source>
        <translation>“输出”须为 .pdf 文件（使用 --each 时为文件夹），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1064"/>
        <location filename="../../kamdesk/cli.py" line="1114"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1084"/>
        <source>reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1110"/>
        <source>--pdf must name a .pdf file, not %1</source>
        <translation>--pdf 必须是 .pdf 文件，不能是 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1156"/>
        <source>Password for %1 on %2: </source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1161"/>
        <source>no password given</source>
        <translation>没有输入密码</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1170"/>
        <source>--hub must be an http:// or https:// address, not %1</source>
        <translation>--hub 必须是 http:// 或 https:// 开头的地址，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1178"/>
        <source>Signed in to %1 as %2. The sign-in is kept in the system keyring.</source>
        <translation>已以 %2 的身份登录 %1。登录凭据保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1188"/>
        <source>Hub: not signed in (kamdesk login --hub URL --user NAME)</source>
        <translation>服务器：未登录（kamdesk login --hub URL --user NAME）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1191"/>
        <source>Hub: %1 (user %2)</source>
        <translation>服务器：%1（用户 %2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1195"/>
        <source>Pending changes: %1</source>
        <translation>待同步修改：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1196"/>
        <source>Open conflicts: %1</source>
        <translation>未处理冲突：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1200"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1202"/>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1205"/>
        <source>Demo data (demo accounts: %1): no sync until kamdesk demo --remove</source>
        <translation>演示数据（演示客户 %1 个）：在 kamdesk demo --remove 之前不会同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1210"/>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1222"/>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1226"/>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1242"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>同步完成：发送 %1 项修改，接收 %2 项更新。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1249"/>
        <source>Changes the hub refused: %1; see kamdesk conflicts.</source>
        <translation>服务器拒绝的修改：%1 项；请查看 kamdesk conflicts。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1256"/>
        <source>The hub was restored or replaced: everything was downloaded again.</source>
        <translation>服务器已从备份恢复或已更换：所有数据已重新下载。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1342"/>
        <source>open conflict %1</source>
        <translation>未处理的冲突 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1345"/>
        <source>%1 names several conflicts; give more of its id</source>
        <translation>%1 对应多个冲突；请输入更长的编号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1352"/>
        <source>Resolved; the choice is sent with the next sync: %1</source>
        <translation>已处理；你的选择会在下次同步时发送：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1377"/>
        <source>account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1403"/>
        <source>not yet known (the hub sets it at the next sync)</source>
        <translation>暂未确定（下次同步时由服务器设定）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1404"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1407"/>
        <source>Shared with: %1</source>
        <translation>已共享给：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1411"/>
        <source>Not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="1414"/>
        <source>Changed; the hub checks the names and who may share when you sync (a refusal is listed by kamdesk conflicts).</source>
        <translation>已修改；同步时服务器会核对用户名以及谁有权共享（被拒绝的修改可用 kamdesk conflicts 查看）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="281"/>
        <location filename="../../kamdesk/cli.py" line="446"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="82"/>
        <source>already holds accounts (%1); use an empty data directory (--data-dir) or --add</source>
        <translation>已有客户（%1 个）；请使用空的数据目录（--data-dir）或加上 --add</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="101"/>
        <source>Demo data added to %3: accounts: %1, contacts: %2</source>
        <translation>已向 %3 添加演示数据：客户 %1 个，联系人 %2 位</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="282"/>
        <location filename="../../kamdesk/cli.py" line="446"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="440"/>
        <source>Read %1 (%3). Rows: %2.</source>
        <translation>已读取 %1（%3），共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="451"/>
        <source>%1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2，更新 %3，不变 %4。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="460"/>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="483"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="514"/>
        <source>--ics and --template cannot be used together</source>
        <translation>--ics 和 --template 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="516"/>
        <source>a calendar file is named FILE.ics</source>
        <translation>日历文件的名称应为 FILE.ics</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="535"/>
        <source>Wrote %1 planned visits and %2 call-backs to %3</source>
        <translation>已把 %1 次计划拜访和 %2 个回电写入 %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="552"/>
        <source>the template is a CSV file: name it FILE.csv</source>
        <translation>模板是 CSV 文件，请命名为 文件.csv</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="555"/>
        <source>FILE must end in .json (everything) or .csv (the contact list)</source>
        <translation>文件名须以 .json（全部数据）或 .csv（联系人清单）结尾</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="519"/>
        <location filename="../../kamdesk/cli.py" line="559"/>
        <location filename="../../kamdesk/cli.py" line="1069"/>
        <location filename="../../kamdesk/cli.py" line="1119"/>
        <source>already exists; choose a new file name or add --force</source>
        <translation>已存在；请换一个文件名，或加上 --force</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="467"/>
        <source>Values in the file that differ from those stored: %1; the stored ones were kept.</source>
        <translation>文件中与已保存的不同的值：%1 个，已保留原有的值。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="475"/>
        <source>Rows not imported: %1; their problems are listed on stderr.</source>
        <translation>未导入的行：%1 行，问题已列在标准错误输出中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="579"/>
        <source>Exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/cli.py" line="591"/>
        <source>Wrote the import template to %1</source>
        <translation>导入模板已保存到 %1</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="323"/>
        <source>contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/contacts.py" line="336"/>
        <source>several contacts have this name, name one by its id: %1</source>
        <translation>有多个联系人叫这个名字，请用编号指定其中一个：%1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kamdesk/errors.py" line="51"/>
        <source>Not found: %1</source>
        <translation>找不到：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="91"/>
        <source>The database %1 is damaged (%2).</source>
        <translation>数据库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="92"/>
        <source>The file %1 is not a kamdesk database (%2).</source>
        <translation>文件 %1 不是 kamdesk 数据库（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="93"/>
        <source>The database %1 cannot be read (%2).</source>
        <translation>无法读取数据库 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="94"/>
        <source>The data folder of %1 is in use by another kamdesk (%2).</source>
        <translation>%1 所在的数据文件夹正被另一个 kamdesk 使用（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="97"/>
        <source>The database %1 was written by a newer version of kamdesk (%2).</source>
        <translation>数据库 %1 由更新版本的 kamdesk 写入（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="100"/>
        <source>The database %1 is an empty file (%2).</source>
        <translation>数据库 %1 是一个空文件（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="107"/>
        <source>Close the other kamdesk window or command, then try again.</source>
        <translation>请关闭另一个 kamdesk 窗口或命令，然后重试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="109"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>请确认该文件存在，并且你有读写权限。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="113"/>
        <source>Install the newer version of kamdesk to open it.</source>
        <translation>请安装更新版本的 kamdesk 来打开它。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="115"/>
        <source>The file was left as it is.</source>
        <translation>该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="117"/>
        <source>You can restore the latest backup: kamdesk restore %1</source>
        <translation>可以恢复最近的备份：kamdesk restore %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/errors.py" line="119"/>
        <source>There is no backup to restore.</source>
        <translation>没有可恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/locking.py" line="48"/>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="178"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="183"/>
        <source>0 bytes</source>
        <translation>0 字节</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="186"/>
        <source>no SQLite header</source>
        <translation>缺少 SQLite 文件头</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="210"/>
        <source>an SQLite file of another program</source>
        <translation>属于其他程序的 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="216"/>
        <source>schema %1</source>
        <translation>数据结构 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="256"/>
        <source>no kamdesk data here yet</source>
        <translation>这里还没有 kamdesk 数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/store.py" line="259"/>
        <source>needs an upgrade; open kamdesk once to upgrade it</source>
        <translation>需要升级，请先打开一次 kamdesk 完成升级</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../kamdesk/services/exporting.py" line="81"/>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../kamdesk/i18n.py" line="82"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="467"/>
        <source>This is an old Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>这是旧版 Excel 文件（.xls），请另存为 Excel 工作簿（.xlsx）或 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="476"/>
        <source>Unknown file type %1; import a .csv, .xlsx, .vcf or .json file.</source>
        <translation>无法识别的文件类型 %1，请导入 .csv、.xlsx、.vcf 或 .json 文件。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="482"/>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="485"/>
        <source>There is no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="489"/>
        <location filename="../../kamdesk/services/importing.py" line="581"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="493"/>
        <source>The file is too large (%1 MB); at most %2 MB can be imported.</source>
        <translation>文件太大（%1 MB），最多只能导入 %2 MB。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="519"/>
        <source>it holds binary data</source>
        <translation>其中含有二进制数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="533"/>
        <source>the text is neither UTF-8 nor GBK</source>
        <translation>文本既不是 UTF-8 编码，也不是 GBK 编码</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="541"/>
        <source>This is not a CSV file</source>
        <translation>这不是 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="593"/>
        <source>The CSV file cannot be read at row %1 (%2).</source>
        <translation>CSV 文件第 %1 行无法读取（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="629"/>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何数据行。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="636"/>
        <source>Row %1 above the header was skipped.</source>
        <translation>已跳过表头上方的第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="638"/>
        <source>Rows %1 to %2 above the header were skipped.</source>
        <translation>已跳过表头上方的第 %1 至 %2 行。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="655"/>
        <source>The row has %1 cells; the header has %2.</source>
        <translation>这一行有 %1 个单元格，而表头有 %2 个。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="769"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>这不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="777"/>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="798"/>
        <source>The cell holds the error %1.</source>
        <translation>单元格的值是错误 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="811"/>
        <source>The formula %1 has no saved value; open the file in Excel, save it and import it again.</source>
        <translation>公式 %1 没有已保存的计算结果，请用 Excel 打开并保存文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="865"/>
        <source>This is not a vCard file</source>
        <translation>这不是 vCard 文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="868"/>
        <source>The file holds no vCard.</source>
        <translation>文件中没有名片（vCard）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="882"/>
        <source>The card has no organisation (ORG); kamdesk files every contact under an account.</source>
        <translation>名片没有单位（ORG）；kamdesk 中每个联系人都必须属于某个客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="907"/>
        <source>The card at line %1 has %2 e-mail addresses; the first was taken.</source>
        <translation>第 %1 行的名片有 %2 个邮箱，只导入了第一个。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="969"/>
        <source>This is not a kamdesk export (JSON).</source>
        <translation>这不是 kamdesk 导出的 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="978"/>
        <source>The file is not valid JSON (%1).</source>
        <translation>文件不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="988"/>
        <source>This export was written by a newer kamdesk (format %1); update kamdesk to import it.</source>
        <translation>此导出文件由更新版本的 kamdesk 生成（格式 %1），请升级 kamdesk 后再导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1138"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>文本有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1167"/>
        <source>The text takes %1 bytes; at most %2 (1 MB) are allowed.</source>
        <translation>文本占 %1 字节，最多允许 %2 字节（1 MB）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1224"/>
        <source>%1 is not yes or no (是/否).</source>
        <translation>%1 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1233"/>
        <source>%1 is not a key-account category; use industry, regional or potential.</source>
        <translation>%1 不是大客户类别，请填写行业大客户、区域大客户或潜力大客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1236"/>
        <source>%1 is not a lifecycle class; use loyal, fast-growing, sleeping or worth cultivating.</source>
        <translation>%1 不是客户类型，请填写忠诚型、快速增长型、睡眠型或值得培养。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1240"/>
        <source>%1 is not a personality style; use actor, driver, professor or amiable.</source>
        <translation>%1 不是性格类型，请填写演员型、结果型、教授型或老好人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1389"/>
        <source>Unknown field %1.</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1394"/>
        <source>There is no column %1.</source>
        <translation>没有第 %1 列。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1399"/>
        <source>The columns %1 and %2 are both mapped to %3.</source>
        <translation>“%1”列和“%2”列都对应到了 %3。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1409"/>
        <source>No column holds the account name (客户名称); found: %1. Map a column to “account”.</source>
        <translation>没有客户名称列（表头“客户名称”）；现有的列：%1。请把其中一列对应到“account”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1418"/>
        <source>Contact details are mapped but no column holds the contact name (联系人); map a column to “contact”.</source>
        <translation>已对应了联系人信息，但没有联系人姓名列（表头“联系人”）；请把一列对应到“contact”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1502"/>
        <source>The account name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation>客户名称为空：该单元格属于合并单元格 %1，合并后的值只在第一行。请取消合并，并在每一行都填上。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1517"/>
        <source>The row has contact details but no contact name.</source>
        <translation>这一行有联系人信息，但没有联系人姓名。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1519"/>
        <source>The contact name is empty: the cell is part of the merged cells %1, whose value is only in their first row. Unmerge them and fill every row.</source>
        <translation>联系人姓名为空：该单元格属于合并单元格 %1，合并后的值只在第一行。请取消合并，并在每一行都填上。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1909"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1910"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1911"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1912"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1913"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1914"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1915"/>
        <source>a date and time with its time zone</source>
        <translation>带时区的日期时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1971"/>
        <source>The file holds %1, which this kamdesk does not know; skipped.</source>
        <translation>文件中含有本版本 kamdesk 不认识的 %1，已跳过。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1985"/>
        <source>The entry is not an object.</source>
        <translation>该条目不是对象。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1993"/>
        <source>The id is not a kamdesk id.</source>
        <translation>该 id 不是 kamdesk 的 id。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2001"/>
        <source>The id %1 appears twice in the file.</source>
        <translation>id %1 在文件中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2011"/>
        <source>Deleted rows are not imported.</source>
        <translation>已删除的记录不会导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2024"/>
        <source>The value is missing.</source>
        <translation>缺少该值。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2035"/>
        <source>The value is not %1.</source>
        <translation>该值不是%1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2060"/>
        <source>The field %1 is not known to this kamdesk and was not imported.</source>
        <translation>本版本 kamdesk 不认识字段 %1，未导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="2106"/>
        <source>The account %1 is neither in the file nor in kamdesk.</source>
        <translation>客户 %1 既不在文件中，也不在 kamdesk 中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/vcard.py" line="244"/>
        <source>The card does not end (END:VCARD is missing).</source>
        <translation>名片没有结束（缺少 END:VCARD）。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="309"/>
        <location filename="../../kamdesk/ui/labels.py" line="15"/>
        <source>Industry</source>
        <translation>行业大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="310"/>
        <location filename="../../kamdesk/ui/labels.py" line="16"/>
        <source>Regional</source>
        <translation>区域大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="311"/>
        <location filename="../../kamdesk/ui/labels.py" line="17"/>
        <source>Potential</source>
        <translation>潜力大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="315"/>
        <location filename="../../kamdesk/ui/labels.py" line="27"/>
        <source>Loyal</source>
        <translation>忠诚型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="316"/>
        <location filename="../../kamdesk/ui/labels.py" line="28"/>
        <source>Fast-growing</source>
        <translation>快速增长型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="317"/>
        <location filename="../../kamdesk/ui/labels.py" line="29"/>
        <source>Sleeping</source>
        <translation>睡眠型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="318"/>
        <location filename="../../kamdesk/ui/labels.py" line="30"/>
        <source>Worth cultivating</source>
        <translation>值得培养</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="38"/>
        <source>Daily, automatic</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="39"/>
        <source>Before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="40"/>
        <source>Made by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/labels.py" line="41"/>
        <source>Before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="322"/>
        <location filename="../../kamdesk/ui/labels.py" line="62"/>
        <source>Planning</source>
        <translation>行业与客户规划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="323"/>
        <location filename="../../kamdesk/ui/labels.py" line="63"/>
        <source>Building the relationship</source>
        <translation>建立关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="324"/>
        <location filename="../../kamdesk/ui/labels.py" line="64"/>
        <source>Project initiated</source>
        <translation>项目立项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="325"/>
        <location filename="../../kamdesk/ui/labels.py" line="65"/>
        <source>Solution and tender</source>
        <translation>方案/招投标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="326"/>
        <location filename="../../kamdesk/ui/labels.py" line="66"/>
        <source>Contract</source>
        <translation>签约</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="327"/>
        <location filename="../../kamdesk/ui/labels.py" line="67"/>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="331"/>
        <location filename="../../kamdesk/ui/labels.py" line="77"/>
        <source>Own prospecting</source>
        <translation>自主开发</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="332"/>
        <location filename="../../kamdesk/ui/labels.py" line="78"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="333"/>
        <location filename="../../kamdesk/ui/labels.py" line="79"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="334"/>
        <location filename="../../kamdesk/ui/labels.py" line="80"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="338"/>
        <location filename="../../kamdesk/ui/labels.py" line="90"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="339"/>
        <location filename="../../kamdesk/ui/labels.py" line="91"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="340"/>
        <location filename="../../kamdesk/ui/labels.py" line="92"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="341"/>
        <location filename="../../kamdesk/ui/labels.py" line="93"/>
        <source>Gatekeeper</source>
        <translation>把关者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="382"/>
        <location filename="../../kamdesk/ui/labels.py" line="103"/>
        <source>Actor</source>
        <translation>演员型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="383"/>
        <location filename="../../kamdesk/ui/labels.py" line="104"/>
        <source>Driver</source>
        <translation>结果型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="384"/>
        <location filename="../../kamdesk/ui/labels.py" line="105"/>
        <source>Professor</source>
        <translation>教授型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/describe.py" line="385"/>
        <location filename="../../kamdesk/ui/labels.py" line="106"/>
        <source>Amiable</source>
        <translation>老好人</translation>
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
        <translation>应为一个对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="295"/>
        <source>missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="306"/>
        <source>the text in %1 is missing or empty</source>
        <translation>缺少 %1 文本或文本为空</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="315"/>
        <location filename="../../kamdesk/services/personality.py" line="469"/>
        <location filename="../../kamdesk/services/personality.py" line="486"/>
        <location filename="../../kamdesk/services/personality.py" line="493"/>
        <location filename="../../kamdesk/services/personality.py" line="504"/>
        <location filename="../../kamdesk/services/personality.py" line="592"/>
        <source>expected a list that is not empty</source>
        <translation>应为非空列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="322"/>
        <location filename="../../kamdesk/services/personality.py" line="1414"/>
        <location filename="../../kamdesk/services/personality.py" line="1422"/>
        <location filename="../../kamdesk/services/personality.py" line="1458"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 不在可选值之内：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="332"/>
        <source>an id needs lower-case letters, digits and _</source>
        <translation>id 只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="336"/>
        <source>the id %1 is used twice</source>
        <translation>id %1 重复使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="349"/>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="364"/>
        <source>unknown entry; expected one of: %1</source>
        <translation>未知的条目；应为以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="377"/>
        <source>the file has no version</source>
        <translation>文件没有版本号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="409"/>
        <source>%1 and %2 make the style %3, not %4</source>
        <translation>%1 加 %2 对应的是 %3，而不是 %4</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="474"/>
        <source>a keyword needs at least two characters</source>
        <translation>关键词至少要有两个字符</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="540"/>
        <source>no card fits the situation %1</source>
        <translation>没有适用于情形 %1 的卡片</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="577"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="589"/>
        <source>must be below high_from</source>
        <translation>必须小于 high_from</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="596"/>
        <source>the checklist needs 8 to 12 behaviours, not %1</source>
        <translation>观察清单需要 8 到 12 项行为，现在是 %1 项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="620"/>
        <source>no behaviour points to %1</source>
        <translation>没有任何行为指向“%1”</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="638"/>
        <location filename="../../kamdesk/services/personality.py" line="685"/>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="690"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="698"/>
        <source>the file is not JSON (%1)</source>
        <translation>文件不是 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="776"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="778"/>
        <source>undecided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1113"/>
        <location filename="../../kamdesk/services/personality.py" line="1524"/>
        <source>unknown behaviour %1</source>
        <translation>未知的行为 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1332"/>
        <source>not a date and time with a time zone: %1</source>
        <translation>不是带时区的日期时间：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1340"/>
        <location filename="../../kamdesk/services/personality.py" line="1467"/>
        <source>expected a text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1363"/>
        <source>missing or not a number</source>
        <translation>缺失或不是数字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1367"/>
        <source>written by a newer kamdesk (version %1)</source>
        <translation>由更新版本的 kamdesk 写入（版本 %1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1373"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1381"/>
        <location filename="../../kamdesk/services/personality.py" line="1532"/>
        <location filename="../../kamdesk/services/personality.py" line="1825"/>
        <source>expected true or false</source>
        <translation>应为是或否</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1392"/>
        <location filename="../../kamdesk/services/personality.py" line="1638"/>
        <source>expected a visit or a call with its id</source>
        <translation>应为一次拜访或一次电话及其 id</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1472"/>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1487"/>
        <location filename="../../kamdesk/services/personality.py" line="1538"/>
        <source>a time needs its time zone</source>
        <translation>时间必须带时区</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1502"/>
        <source>no observation was given</source>
        <translation>没有填写任何观察</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1508"/>
        <source>at most %1 observations at a time</source>
        <translation>一次最多记录 %1 条观察</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1518"/>
        <source>not an observation</source>
        <translation>不是一条观察记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1543"/>
        <source>lies in the future</source>
        <translation>时间在将来</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1642"/>
        <source>no such visit: %1</source>
        <translation>没有这次拜访：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1644"/>
        <source>%1 did not attend this visit</source>
        <translation>%1 没有参加这次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1650"/>
        <source>no such call: %1</source>
        <translation>没有这次电话：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1652"/>
        <source>this call was with someone else</source>
        <translation>这次电话是和别人通的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="1800"/>
        <source>the contact has been assessed again since</source>
        <translation>此后已重新评估过这位联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2068"/>
        <source>Not assessed yet. Note what you observe to find the style.</source>
        <translation>尚未评估。记下你观察到的表现，就能判断性格类型。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2072"/>
        <source>%1, set by hand without observations: assess to confirm.</source>
        <translation>%1，为手动设置，没有观察依据：请评估确认。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2075"/>
        <source>from %n observation(s)</source>
        <translation>依据 %n 条观察</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2083"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2088"/>
        <source>Undecided: %1 not clear yet (%2).</source>
        <translation>尚未确定：%1还不明确（%2）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2094"/>
        <source>low confidence</source>
        <translation>把握较低</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2095"/>
        <source>medium confidence</source>
        <translation>把握一般</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2096"/>
        <source>high confidence</source>
        <translation>把握较高</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2099"/>
        <source>%1, %2 (%3).</source>
        <translation>%1，%2（%3）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2107"/>
        <source>Chosen by you; the observations say: %1.</source>
        <translation>这是你自己选定的；观察结果显示为：%1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2114"/>
        <source>New observations disagree: check the style again.</source>
        <translation>新的观察与现有判断不符：请重新评估。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2120"/>
        <source>%n visit(s) since the last check: check the style again.</source>
        <translation>上次评估后已拜访 %n 次：请重新评估。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/personality.py" line="2170"/>
        <source>your own observations have no visit or call</source>
        <translation>对你自己的观察不关联拜访或电话</translation>
    </message>
</context>
<context>
    <name>phone_script</name>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="89"/>
        <location filename="../../kamdesk/sync/describe.py" line="392"/>
        <source>Introduce yourself</source>
        <translation>自我介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="90"/>
        <location filename="../../kamdesk/sync/describe.py" line="393"/>
        <source>State the benefit</source>
        <translation>晓之以利</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="91"/>
        <location filename="../../kamdesk/sync/describe.py" line="394"/>
        <source>Close with an appointment</source>
        <translation>以约会收尾</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="98"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="99"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="122"/>
        <source>unknown placeholder {%1}; the ones you can use are: %2</source>
        <translation>未知的占位符 {%1}；可用的占位符有：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="125"/>
        <source>this step must say {%1}</source>
        <translation>这一步必须包含 {%1}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="126"/>
        <source>a brace is not closed or not opened: %1 (write {name})</source>
        <translation>花括号不成对：%1（请写成 {名称} 的形式）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="129"/>
        <source>the text is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="130"/>
        <source>the text is longer than %1 characters</source>
        <translation>内容超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="141"/>
        <source>%1, step %2 (%3)</source>
        <translation>%1第 %2 步（%3）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="224"/>
        <source>the script file cannot be read: %1</source>
        <translation>无法读取话术文件：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="233"/>
        <source>the script file has no texts by language</source>
        <translation>话术文件中没有按语言分开的内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="486"/>
        <source>your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="487"/>
        <source>your company</source>
        <translation>你的公司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/phone_script.py" line="488"/>
        <source>what you offer</source>
        <translation>你提供的产品或服务</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="147"/>
        <source>Visit report</source>
        <translation>拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="148"/>
        <location filename="../../kamdesk/reports/data.py" line="171"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="149"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="150"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="151"/>
        <source>Kind of visit</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="152"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="153"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="154"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="155"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="156"/>
        <source>Objectives</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="157"/>
        <source>Notes</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="158"/>
        <source>Needs found</source>
        <translation>发现的需求</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="159"/>
        <source>Objections</source>
        <translation>客户异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="160"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="161"/>
        <source>Promises made</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="162"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="163"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="164"/>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="165"/>
        <source>Kept</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="166"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="167"/>
        <source>Next steps</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="168"/>
        <source>Satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="169"/>
        <source>Prepared by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="170"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="172"/>
        <source>Nothing recorded.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="173"/>
        <source>No attendees recorded.</source>
        <translation>未记录参会人员。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="174"/>
        <source>No promises made.</source>
        <translation>本次未作承诺。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="175"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="181"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="182"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="183"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="184"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="185"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="186"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="187"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="193"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="194"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="195"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="196"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="197"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="198"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="199"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="200"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="201"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="202"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="203"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="204"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="211"/>
        <source>%4, %3 %5 %1</source>
        <comment>a long date: %1 year, %2 month number, %3 day, %4 weekday, %5 month name</comment>
        <translation>%1年%5%3日 %4</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/data.py" line="318"/>
        <source>visit-report</source>
        <comment>in file names</comment>
        <translation>拜访报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="149"/>
        <source>no visit to report</source>
        <translation>没有要导出报告的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="153"/>
        <source>is a file, not a folder</source>
        <translation>是一个文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="156"/>
        <source>the folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="158"/>
        <source>is a folder; name a file to write</source>
        <translation>是一个文件夹；请指定要写入的文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/reports/export.py" line="165"/>
        <location filename="../../kamdesk/reports/export.py" line="178"/>
        <source>already exists; choose a new file name</source>
        <translation>已存在；请换一个文件名</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../kamdesk/store.py" line="407"/>
        <source>Preparing the search…</source>
        <translation>正在准备搜索…</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../kamdesk/settings.py" line="77"/>
        <source>not a time of day (HH:MM): %1</source>
        <translation>不是有效的时间（时:分）：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="83"/>
        <source>the working day must end after it starts</source>
        <translation>下班时间必须晚于上班时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="87"/>
        <source>the lunch break must end after it starts</source>
        <translation>午休结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="92"/>
        <location filename="../../kamdesk/settings.py" line="171"/>
        <source>not yes or no: %1</source>
        <translation>不是“是”或“否”：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="97"/>
        <source>not an assessment</source>
        <translation>不是有效的性格评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="111"/>
        <source>not a number of minutes from 0 to %1: %2</source>
        <translation>不是 0 到 %1 之间的分钟数：%2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="118"/>
        <source>unknown language %1 (use system, zh_CN or en)</source>
        <translation>未知的语言 %1（可用 system、zh_CN 或 en）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="129"/>
        <source>unknown time zone %1</source>
        <translation>未知的时区 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="179"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="200"/>
        <source>no such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="205"/>
        <source>cannot read %1 (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="212"/>
        <source>%1 is not a PNG or JPEG image</source>
        <translation>%1 不是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="223"/>
        <source>%1 is a damaged image that cannot be read</source>
        <translation>%1 是损坏的图片，无法读取</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="264"/>
        <location filename="../../kamdesk/settings.py" line="269"/>
        <source>not a valid settings file (%1)</source>
        <translation>不是有效的设置文件（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="275"/>
        <source>written by a newer kamdesk (settings version %1)</source>
        <translation>由更新版本的 kamdesk 写入（设置版本 %1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/settings.py" line="289"/>
        <source>has the wrong type (%1)</source>
        <translation>类型不正确（%1）</translation>
    </message>
</context>
<context>
    <name>style_text</name>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="29"/>
        <source>low confidence</source>
        <translation>把握较低</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="30"/>
        <source>medium confidence</source>
        <translation>把握一般</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="31"/>
        <source>high confidence</source>
        <translation>把握较高</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="38"/>
        <source>%n observation(s)</source>
        <translation>%n 条观察</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="61"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="65"/>
        <source>%1 · chosen by you without observations</source>
        <translation>%1 · 你自己选定，没有观察依据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="68"/>
        <source>%1 · set by hand, assess to confirm</source>
        <translation>%1 · 手工填写，请评估确认</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="72"/>
        <source>Undecided · %1</source>
        <translation>尚难判断 · %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="76"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="82"/>
        <source>chosen by you</source>
        <translation>你自己选定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="92"/>
        <source>New observations disagree with this style: check it again.</source>
        <translation>新的观察与这个类型不符：请重新评估。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="96"/>
        <source>%n visit(s) since the last check: check the style again.</source>
        <translation>上次评估后已拜访 %n 次：请重新评估。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="120"/>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="121"/>
        <source>Presenting</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="122"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="123"/>
        <source>Closing</source>
        <translation>促成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="124"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="125"/>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="136"/>
        <source>You and them:</source>
        <translation>你和对方：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="142"/>
        <source>Observed on %1.</source>
        <translation>观察于 %1。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="144"/>
        <source>Observed from %1 to %2.</source>
        <translation>观察时间 %1 至 %2。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="150"/>
        <source>At %n visit(s).</source>
        <translation>来自 %n 次拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/style_text.py" line="152"/>
        <source>On %n call(s).</source>
        <translation>来自 %n 次电话。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="30"/>
        <source>Not signed in to a hub yet. Sign in first: kamdesk login --hub URL --user NAME</source>
        <translation>尚未登录公司服务器。请先登录：kamdesk login --hub URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="46"/>
        <source>The hub no longer accepts this computer (revoked).</source>
        <translation>服务器已不再接受这台电脑（已被停用）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="48"/>
        <source>The hub did not accept the sign-in of this computer.</source>
        <translation>服务器不接受这台电脑的登录凭据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="51"/>
        <source>Sign in again; your unsynced changes are kept and will be sent then.</source>
        <translation>请重新登录；尚未同步的修改都已保留，登录后会一并发送。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="63"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="73"/>
        <source>No keyring is available on this computer, so the sign-in cannot be kept safely.</source>
        <translation>这台电脑上没有可用的系统钥匙串，无法安全保存登录凭据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="77"/>
        <source>Nothing was stored. Set up the system keyring (for example GNOME Keyring or KWallet) and sign in again.</source>
        <translation>没有保存任何内容。请先设置系统钥匙串（例如 GNOME Keyring 或 KWallet），再重新登录。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="96"/>
        <source>This data folder holds demo data (demo accounts: %1), which must not go to the office hub, so it does not sync.</source>
        <translation>此数据目录中有演示数据（演示客户 %1 个），演示数据不能发送到办公室服务器，因此不会同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="101"/>
        <source>Remove the demo data first (Help ▸ Remove demo data, or kamdesk demo --remove); your own accounts stay.</source>
        <translation>请先移除演示数据（“帮助 ▸ 移除演示数据”，或 kamdesk demo --remove）；你自己的客户会保留。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="115"/>
        <source>The hub no longer accepts this user name (revoked). Ask the office about it.</source>
        <translation>服务器已不再接受这个用户名（已被停用）。请向公司咨询。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="130"/>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>登录失败次数太多。请等几分钟再试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="133"/>
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>登录失败次数太多。请等 %n 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="152"/>
        <source>The hub is older than this version of kamdesk and must be updated by the office. Until then you can keep working here and your changes wait to be synced.</source>
        <translation>服务器的版本比这个 kamdesk 旧，需要公司来更新服务器。在此之前可以继续在本机工作，修改会留待同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="158"/>
        <source>The hub needs a newer version of kamdesk. Install the update; until then you can keep working here and your changes wait to be synced.</source>
        <translation>服务器需要更新版本的 kamdesk。请安装更新；在此之前可以继续在本机工作，修改会留待同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="171"/>
        <source>The hub cannot be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="172"/>
        <source>Your changes are kept; sync again when you are in the office.</source>
        <translation>你的修改都已保留；回到公司后再同步即可。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="181"/>
        <source>The hub reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="182"/>
        <source>Your changes are kept; try again later.</source>
        <translation>你的修改都已保留；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="190"/>
        <source>The data on this laptop was busy with other work; sync again in a moment.</source>
        <translation>本机数据正忙于其他操作；请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="201"/>
        <source>A sync of this data folder is already running.</source>
        <translation>这个数据文件夹正在同步中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/errors.py" line="210"/>
        <source>Sync cancelled. What was already synced is kept; the rest waits for next time.</source>
        <translation>同步已取消。已同步的内容保留，其余的下次再同步。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="389"/>
        <source>Connecting to the hub…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="449"/>
        <source>the hub keeps answering %1</source>
        <translation>服务器一直返回 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="486"/>
        <source>Sending changes: %n…</source>
        <translation>正在发送修改：%n 项…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="722"/>
        <source>Changes received: %n…</source>
        <translation>已接收更新：%n 项…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="505"/>
        <source>one change is larger than the hub accepts</source>
        <translation>有一项修改超出了服务器允许的大小</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/engine.py" line="512"/>
        <source>the hub gave no result for the changes sent</source>
        <translation>服务器没有返回已发送修改的处理结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="204"/>
        <source>must be one of %1</source>
        <translation>只能是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="210"/>
        <source>this conflict is already resolved</source>
        <translation>这个冲突已经处理过了</translation>
    </message>
    <message>
        <location filename="../../kamdesk/sync/status.py" line="215"/>
        <source>restore: the record is not deleted</source>
        <translation>恢复：这条记录并未被删除</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../kamdesk/services/importing.py" line="1507"/>
        <location filename="../../kamdesk/services/importing.py" line="2044"/>
        <location filename="../../kamdesk/services/validation.py" line="40"/>
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="43"/>
        <source>A name may have at most 200 characters.</source>
        <translation>名称最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="58"/>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="70"/>
        <source>%1 is not a phone number.</source>
        <translation>%1 不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="75"/>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="98"/>
        <source>ext. %1</source>
        <translation>转 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="115"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="132"/>
        <source>%1 is not a time of day (HH:MM).</source>
        <translation>%1 不是时间（格式 HH:MM）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="154"/>
        <source>%1 is not a time range like 09:00-18:00.</source>
        <translation>%1 不是时间段（格式如 09:00-18:00）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="162"/>
        <source>In %1 the end must come after the start.</source>
        <translation>%1 中结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="182"/>
        <source>The times %1 and %2 overlap.</source>
        <translation>时间段 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="201"/>
        <source>%1 is not a time zone (use a name like Asia/Shanghai).</source>
        <translation>%1 不是时区（请使用 Asia/Shanghai 这样的名称）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="289"/>
        <source>%1 is not a date (use 1985-08-12, 08-12 or 农历1985-08-12).</source>
        <translation>%1 不是日期（请写作 1985-08-12、08-12 或 农历1985-08-12）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="297"/>
        <source>%1 is not a day of the calendar.</source>
        <translation>日历上没有 %1 这一天。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/validation.py" line="304"/>
        <source>The year of %1 is out of range.</source>
        <translation>%1 的年份超出范围。</translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="276"/>
        <source>expected a list of items</source>
        <translation>此处应为条目列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="282"/>
        <source>expected an item with an id and its texts</source>
        <translation>此处应为带 id 和文本的条目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="289"/>
        <source>an item needs an id of lower-case letters, digits and _</source>
        <translation>每一项都需要由小写字母、数字和 _ 组成的 id</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="295"/>
        <source>the id %1 is used twice</source>
        <translation>id %1 重复使用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="305"/>
        <source>the item has no text in %1</source>
        <translation>该条目缺少 %1 文本</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="319"/>
        <source>the checklist file holds no object</source>
        <translation>清单文件中没有对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="322"/>
        <source>the file has no version</source>
        <translation>文件没有版本号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="328"/>
        <source>expected the items of each scenario</source>
        <translation>此处应为各场景的条目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="335"/>
        <source>unknown scenario %1</source>
        <translation>未知场景 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="343"/>
        <source>the scenario %1 has no items</source>
        <translation>场景 %1 没有条目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="362"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="368"/>
        <source>the file is not JSON (%1)</source>
        <translation>文件不是 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="386"/>
        <source>en</source>
        <comment>the code of this language: zh_CN or en</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="426"/>
        <source>This may have at most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="435"/>
        <source>Choose the account.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="445"/>
        <source>Choose at least one attendee.</source>
        <translation>请至少选择一位参加人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="451"/>
        <source>A visit may have at most %1 attendees.</source>
        <translation>一次拜访最多 %1 位参加人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="459"/>
        <source>Give the time the visit starts.</source>
        <translation>请填写拜访开始时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="464"/>
        <source>The start is more than ten years away; check the year.</source>
        <translation>开始时间与现在相差十年以上，请检查年份。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="472"/>
        <source>The end needs a date and a time.</source>
        <translation>结束时间需要日期和时刻。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="476"/>
        <source>The visit must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="480"/>
        <source>A visit may last at most seven days.</source>
        <translation>一次拜访最长七天。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="490"/>
        <source>%1 is not a visit scenario.</source>
        <translation>%1 不是拜访场景。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="498"/>
        <location filename="../../kamdesk/services/visits.py" line="506"/>
        <location filename="../../kamdesk/services/visits.py" line="892"/>
        <location filename="../../kamdesk/services/visits.py" line="982"/>
        <source>This is not text.</source>
        <translation>这不是文本。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="530"/>
        <source>This account does not exist or was deleted.</source>
        <translation>该客户不存在或已删除。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="540"/>
        <source>The contact %1 does not exist or was deleted.</source>
        <translation>联系人 %1 不存在或已删除。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="549"/>
        <source>%1 is not a contact of %2.</source>
        <translation>%1 不是 %2 的联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="863"/>
        <source>This is not a field of the visit report.</source>
        <translation>拜访记录中没有这一项。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="874"/>
        <source>Give a satisfaction from %1 to %2, or none.</source>
        <translation>满意度请填 %1 到 %2，或不填。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="886"/>
        <source>%1 is not a visit status.</source>
        <translation>%1 不是拜访状态。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="898"/>
        <source>This text may be at most 1 MB long.</source>
        <translation>文本最长 1 MB。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="946"/>
        <source>%1 is not a step of this visit&apos;s checklist.</source>
        <translation>%1 不在本次拜访的准备清单中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="986"/>
        <source>Say what was promised.</source>
        <translation>请写明承诺的内容。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="994"/>
        <source>Give the date the promise is due.</source>
        <translation>请填写承诺的完成日期。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1000"/>
        <source>The date is more than ten years away; check the year.</source>
        <translation>日期与现在相差十年以上，请检查年份。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1017"/>
        <source>The promise must be to a contact of this account.</source>
        <translation>承诺对象必须是该客户的联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1096"/>
        <source>Answer yes or no.</source>
        <translation>请回答是或否。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1265"/>
        <source>account %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1268"/>
        <source>several accounts have this name, name one by its id: %1</source>
        <translation>有多个客户叫这个名字，请用 id 指定：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1296"/>
        <source>contact %1 of this account</source>
        <translation>该客户的联系人 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1299"/>
        <source>several contacts have this name, name one by its id: %1</source>
        <translation>有多个联系人叫这个名字，请用 id 指定：%1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1314"/>
        <location filename="../../kamdesk/services/visits.py" line="1320"/>
        <location filename="../../kamdesk/services/visits.py" line="1327"/>
        <source>visit %1</source>
        <translation>拜访 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/services/visits.py" line="1331"/>
        <source>several visits begin with this id: %1</source>
        <translation>有多个拜访的 id 以此开头：%1</translation>
    </message>
</context>
</TS>
