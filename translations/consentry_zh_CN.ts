<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessControl</name>
    <message>
        <source>see the store's status</source>
        <translation>查看数据库状态</translation>
    </message>
    <message>
        <source>view residents</source>
        <translation>查看住户</translation>
    </message>
    <message>
        <source>enroll residents or record consents</source>
        <translation>登记住户或记录同意</translation>
    </message>
    <message>
        <source>record a withdrawal of consent</source>
        <translation>记录撤回同意</translation>
    </message>
    <message>
        <source>verify faces</source>
        <translation>进行人脸核验</translation>
    </message>
    <message>
        <source>print signage</source>
        <translation>打印告示牌</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>delete residents' data</source>
        <translation>删除住户信息</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>purge expired data</source>
        <translation>清除超过保存期限的数据</translation>
    </message>
    <message>
        <source>The role "%1" may not %2. Ask a manager.</source>
        <translation>角色“%1”无权%2。请联系管理员。</translation>
    </message>
    <message>
        <source>enroll a face that matches another resident</source>
        <translation>登记与其他住户相符的人脸信息</translation>
    </message>
    <message>
        <source>May do everything, including managing users and settings.</source>
        <translation>可以执行全部操作，包括管理用户和设置。</translation>
    </message>
    <message>
        <source>May only: %1.</source>
        <translation>仅可：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Front-desk staff may not export a person's access package at this site. A manager can allow it in Settings → Security: "Front-desk staff may answer access requests".</source>
        <translation>本场所未允许前台经办人导出个人信息副本。管理员可以在“设置 → 安全”中开启“前台经办人可以处理查阅、复制请求”。</translation>
    </message>
</context>
<context>
    <name>AccessPackage</name>
    <message>
        <source>Personal information held about %1</source>
        <translation>所持有的%1的个人信息</translation>
    </message>
    <message>
        <source>Access package of resident %1, made %2</source>
        <translation>住户%1的个人信息副本，制作于%2</translation>
    </message>
    <message>
        <source>Personal information handler</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>制作人</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit or room</source>
        <translation>单元或房间</translation>
    </message>
    <message>
        <source>Resident number</source>
        <translation>住户编号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Under 14 (guardian consents)</source>
        <translation>未满十四周岁（由监护人同意）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Move-out or checkout date</source>
        <translation>迁出或退房日期</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近一次身份验证</translation>
    </message>
    <message>
        <source>Recorded since</source>
        <translation>记录起始时间</translation>
    </message>
    <message>
        <source>Your consent decisions (%1)</source>
        <translation>您的同意决定（%1项）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>separate consent given</source>
        <translation>已作出单独同意</translation>
    </message>
    <message>
        <source>declined; another way chosen</source>
        <translation>已拒绝；选择了其他身份验证方式</translation>
    </message>
    <message>
        <source>Notice version read</source>
        <translation>所阅读的告知书版本</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Other way of verification</source>
        <translation>其他身份验证方式</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>纸质同意书</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由%2办理</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>kept as %1</source>
        <translation>保存为%1</translation>
    </message>
    <message>
        <source>Face templates (%1)</source>
        <translation>人脸特征模板（%1个）</translation>
    </message>
    <message>
        <source>A face template is a list of numbers computed from a photo of your face; no photo is kept. The numbers themselves are not part of this package: they are only meaningful to the recognition engine. Here is what is recorded about each template.</source>
        <translation>人脸特征模板是根据您的人脸图像计算出的一组数字；人脸图像本身不予保存。这些数字不包含在本材料包中：它们只对识别引擎有意义。以下是每个模板的记录信息。</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板%1</translation>
    </message>
    <message>
        <source>engine %1, quality %2, made %3, last matched %4</source>
        <translation>引擎%1，质量%2，生成于%3，最近匹配%4</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Next deletion due</source>
        <translation>下次删除日期</translation>
    </message>
    <message>
        <source>What was done with your information (%1 events)</source>
        <translation>对您的信息进行的处理（%1条记录）</translation>
    </message>
    <message>
        <source>%1 by %2 %3</source>
        <translation>%1，操作人%2 %3</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>You may withdraw your consent at any time, as easily as you gave it; your face templates are then deleted at once and you keep using the other ways of verification. You may ask for a copy, a correction or the deletion of your information. Contact: %1.</source>
        <translation>您可以随时撤回同意，撤回与同意同样便捷；撤回后您的人脸特征模板将立即删除，您可继续使用其他身份验证方式。您可以要求查阅、复制、更正或删除您的个人信息。联系方式：%1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Check the permissions and the free space.</source>
        <translation>无法写入文件夹%1。请检查权限和剩余空间。</translation>
    </message>
    <message>
        <source>The access package could not be moved into %1. Check the permissions and the free space.</source>
        <translation>无法将个人信息副本移入%1。请检查权限和剩余空间。</translation>
    </message>
    <message>
        <source>Choose a folder to write the access package into.</source>
        <translation>请选择写入个人信息副本的文件夹。</translation>
    </message>
    <message>
        <source>%1 (the guardian, for the child)</source>
        <translation>%1（监护人，代被监护人）</translation>
    </message>
    <message>
        <source>Your verifications (%1)</source>
        <translation>您的身份验证记录（%1条）</translation>
    </message>
    <message numerus="yes">
        <source>Each time you were verified, by face or another way, the time, the way and the result are kept for %n day(s) and then deleted. No picture is kept.</source>
        <translation>
            <numerusform>每次对您进行身份验证（人脸识别或其他身份验证方式）时，验证的时间、方式和结果保存%n天，期满后删除。不保存任何人脸图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: verified, by %2</source>
        <translation>%1：验证通过，经办人%2</translation>
    </message>
    <message>
        <source>%1: not verified, by %2</source>
        <translation>%1：未通过验证，经办人%2</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>The user name must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>The user name must be at most %1 characters without spaces at either end.</source>
        <translation>用户名最多%1个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation>用户名包含控制字符。</translation>
    </message>
    <message>
        <source>The user name "%1" is reserved.</source>
        <translation>用户名“%1”为保留名称。</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要%1个字符。</translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <source>System (automatic)</source>
        <translation>系统（自动）</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>保存期限规则</translation>
    </message>
    <message>
        <source>Replaced by a renewed consent</source>
        <translation>已由重新作出的同意取代</translation>
    </message>
    <message>
        <source>Store setup</source>
        <translation>初始设置</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>已使用恢复密钥</translation>
    </message>
    <message>
        <source>Lockout state reset</source>
        <translation>锁定状态已重置</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>数据库已创建</translation>
    </message>
    <message>
        <source>Store upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>已添加用户</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>已删除用户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>已修改密码</translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation>已添加住户</translation>
    </message>
    <message>
        <source>Resident edited</source>
        <translation>已编辑住户</translation>
    </message>
    <message>
        <source>Resident deleted</source>
        <translation>已删除住户</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>Face template stored</source>
        <translation>已保存人脸特征模板</translation>
    </message>
    <message>
        <source>Face template deleted</source>
        <translation>已删除人脸特征模板</translation>
    </message>
    <message>
        <source>Matching face accepted by a manager</source>
        <translation>管理员确认登记相符的人脸信息</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>已导出数据</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <source>Signage printed</source>
        <translation>已打印标识</translation>
    </message>
    <message>
        <source>Expired data deleted</source>
        <translation>已删除到期数据</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Face search run</source>
        <translation>执行人脸查找</translation>
    </message>
    <message>
        <source>Face data re-enrolled</source>
        <translation>重新录入人脸信息</translation>
    </message>
    <message>
        <source>Consent renewal required (notice changed)</source>
        <translation>需要重新同意（告知书已变更）</translation>
    </message>
    <message>
        <source>Consent renewed</source>
        <translation>已重新同意</translation>
    </message>
    <message>
        <source>Age answer changed</source>
        <translation>年龄信息已更改</translation>
    </message>
    <message>
        <source>Record reduced to ids</source>
        <translation>记录已精简为编号</translation>
    </message>
    <message>
        <source>Deletions re-applied after a restore</source>
        <translation>恢复备份后重新执行删除</translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation>已登记设备</translation>
    </message>
    <message>
        <source>Device removed from the register</source>
        <translation>已从设备登记中移除设备</translation>
    </message>
    <message>
        <source>Impact assessment signed</source>
        <translation>已签署个人信息保护影响评估</translation>
    </message>
    <message>
        <source>Filing recorded</source>
        <translation>已记录备案</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>已核验审计日志</translation>
    </message>
    <message>
        <source>Consent decision discarded (not stored)</source>
        <translation>已放弃同意决定（未保存）</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit event %1 does not follow event %2: an event before it was removed, inserted or changed.</source>
        <translation>审计事件%1未接续事件%2：其之前的事件被删除、插入或修改过。</translation>
    </message>
    <message>
        <source>Audit event %1 was changed after it was written.</source>
        <translation>审计事件%1在写入后被修改过。</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>There is no registered device with id %1.</source>
        <translation>没有编号为%1的已登记设备。</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>Check the audit log's hash chain and name the first broken link.</source>
        <translation>校验审计日志的哈希链，并指出第一个断裂处。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 events, head %2.</source>
        <translation>审计日志完整：共%1条事件，链头%2。</translation>
    </message>
    <message>
        <source>The audit log is broken at event %1 of %2: %3</source>
        <translation>审计日志在第%1条事件处断裂（共%2条）：%3</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>"%1" is a folder; give the name of the backup file to write.</source>
        <translation>“%1”是文件夹；请指定要写入的备份文件名。</translation>
    </message>
    <message>
        <source>The backup cannot be written into "%1" (%2). Check that the folder exists and is writable.</source>
        <translation>无法将备份写入“%1”（%2）。请确认该文件夹存在且可写。</translation>
    </message>
    <message>
        <source>The backup copy could not be read back (%1).</source>
        <translation>无法读回备份副本（%1）。</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete; it was not restored. Use another backup.</source>
        <translation>备份文件已损坏或不完整，未予恢复。请使用其他备份。</translation>
    </message>
    <message>
        <source>This file is not a Consentry backup.</source>
        <translation>此文件不是 Consentry 备份。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Consentry. Install the newer version to restore it.</source>
        <translation>此备份由更新版本的 Consentry 创建。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>The backup file is damaged or was altered; it was not restored. Use another backup.</source>
        <translation>备份文件已损坏或被篡改，未予恢复。请使用其他备份。</translation>
    </message>
    <message>
        <source>The store is larger than %1 GB, more than one backup file may hold; nothing was written.</source>
        <translation>数据库大于%1 GB，超出单个备份文件的容量，未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>备份文件</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent encrypted backup of the store (database and keyslots) into one file.</source>
        <translation>将数据库与密钥槽一致地加密备份到一个文件。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入%1（%2字节）。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Write the backup outside the data folder (on another disk if you can).</source>
        <translation>请将备份写到数据文件夹之外（最好是另一块磁盘）。</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Measure 1:N search speed over synthetic templates against the naive match loop.</source>
        <translation>用合成模板测量1:N 检索速度，并与逐条比较的朴素循环相比。</translation>
    </message>
    <message>
        <source>Number of synthetic templates (default 100000).</source>
        <translation>合成模板数量（默认100000）。</translation>
    </message>
    <message>
        <source>Template length (default 128, SFace's; face-reid-retail-0095 makes 256).</source>
        <translation>模板长度（默认128，即 SFace 的长度；face-reid-retail-0095为256）。</translation>
    </message>
    <message>
        <source>Number of searches timed (default 50).</source>
        <translation>计时的检索次数（默认50）。</translation>
    </message>
    <message>
        <source>--gallery, --dim and --queries take whole numbers.</source>
        <translation>--gallery、--dim 和 --queries 只接受整数。</translation>
    </message>
    <message>
        <source>gallery: %1 templates of %2 floats (%3 MB), %4 threads
search, median: %5 ms
naive loop, median: %6 ms (%7)
speed-up: %8×
scan: %9 GB/s, memcpy: %10 GB/s, bandwidth fraction: %11
resident memory: %12 MB</source>
        <translation>人脸库：%1个模板，每个%2个浮点数（%3 MB），%4个线程
检索中位数：%5毫秒
朴素循环中位数：%6毫秒（%7）
加速：%8倍
扫描：%9 GB/s，memcpy：%10 GB/s，带宽占比：%11
常驻内存：%12 MB</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 "%2" does not exist.</source>
        <translation>%1“%2”不存在。</translation>
    </message>
    <message>
        <source>%1 "%2" cannot be read (%3).</source>
        <translation>无法读取%1“%2”（%3）。</translation>
    </message>
    <message>
        <source>%1 "%2" is larger than %3; it is not what it should be.</source>
        <translation>%1“%2”大于%3，不是应有的文件。</translation>
    </message>
    <message>
        <source>%1 "%2" is not a regular file; give the path of a file.</source>
        <translation>%1“%2”不是普通文件，请提供文件的路径。</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>The target false-accept rate must be between 0 and 1.</source>
        <translation>目标误识率应当介于0和1之间。</translation>
    </message>
    <message>
        <source>The gallery has %1 people, too few to calibrate for this false-accept rate (it needs at least %2 comparisons between different people); keep the model's threshold for now.</source>
        <translation>人脸库中只有%1人，不足以按此误识率校准（至少需要%2次不同人之间的比较）；请暂时沿用模型的阈值。</translation>
    </message>
    <message>
        <source>Too few comparisons between different people (%1) to calibrate for this false-accept rate; keep the model's threshold for now.</source>
        <translation>不同人之间的比较次数（%1）太少，无法按此误识率校准；请暂时沿用模型的阈值。</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>Camera %1</source>
        <translation>摄像头%1</translation>
    </message>
    <message>
        <source>Camera %1 is not connected or is used by another program; check the cable or choose another camera in the settings.</source>
        <translation>摄像头%1未连接或正被其他程序使用；请检查连接线，或在设置中选择其他摄像头。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Folder of the encrypted database, keyslots and settings (default: %1).</source>
        <translation>加密数据库、密钥槽文件和设置所在的文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Account to unlock with (default: the manager made by init).</source>
        <translation>用于解锁的账户（默认：init 创建的管理员）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise CONSENTRY_PASSWORD, otherwise a prompt).</source>
        <translation>从标准输入的第一行读取密码（否则读取 CONSENTRY_PASSWORD，再否则提示输入）。</translation>
    </message>
    <message>
        <source>Face model folder (otherwise CONSENTRY_MODEL_DIR, then the installed models).</source>
        <translation>人脸模型文件夹（否则使用 CONSENTRY_MODEL_DIR，再否则使用已安装的模型）。</translation>
    </message>
    <message>
        <source>Print one JSON object on standard output instead of text.</source>
        <translation>在标准输出上输出一个 JSON 对象，而不是文字。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>显示帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Usage: consentry-cli [global options] COMMAND [command options]</source>
        <translation>用法：consentry-cli [全局选项] 命令 [命令选项]</translation>
    </message>
    <message>
        <source>Consentry's administrator tool: the encrypted store, enrollment from paper consents, retention, backups and signage, from a terminal or a script.</source>
        <translation>Consentry 管理员工具：在终端或脚本中管理加密数据库、按纸质同意书录入、保存期限、备份和标识。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>(none in this version yet)</source>
        <translation>（此版本尚无命令）</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage error, 2 authentication failed, 3 data error, 4 not found, 5 refused by policy, 6 I/O error.</source>
        <translation>退出码：0成功，1用法错误，2身份验证失败，3数据错误，4未找到，5因规则被拒绝，6读写错误。</translation>
    </message>
    <message>
        <source>Run "consentry-cli COMMAND --help" for the options of one command.</source>
        <translation>运行“consentry-cli 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: consentry-cli [global options] %1 %2</source>
        <translation>用法：consentry-cli [全局选项] %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options are listed by "consentry-cli --help".</source>
        <translation>全局选项见“consentry-cli --help”。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Run "consentry-cli --help" for the usage.</source>
        <translation>运行“consentry-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>No command given. Run "consentry-cli --help" for the list of commands.</source>
        <translation>未指定命令。运行“consentry-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run "consentry-cli --help" for the list of commands.</source>
        <translation>未知命令“%1”。运行“consentry-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>The command "%1" does not take the argument "%2".</source>
        <translation>命令“%1”不接受参数“%2”。</translation>
    </message>
</context>
<context>
    <name>ComplianceItem</name>
    <message>
        <source>Notice complete and current</source>
        <translation>告知书完整且为现行版本</translation>
    </message>
    <message>
        <source>Signs at every device for the current notice</source>
        <translation>每台设备均张贴现行告知书的显著提示标识</translation>
    </message>
    <message>
        <source>Impact assessment signed and current</source>
        <translation>个人信息保护影响评估已签署且仍然有效</translation>
    </message>
    <message>
        <source>Filing with the cyberspace office</source>
        <translation>向网信部门备案</translation>
    </message>
    <message>
        <source>Devices registered, none in a private space</source>
        <translation>设备已登记，且均未安装在私密空间</translation>
    </message>
    <message>
        <source>Retention within its limits</source>
        <translation>保存期限符合规定</translation>
    </message>
    <message>
        <source>Consents renewed after a material change</source>
        <translation>重大变更后已重新取得同意</translation>
    </message>
    <message>
        <source>Recent encrypted backup</source>
        <translation>近期有加密备份</translation>
    </message>
    <message>
        <source>Audit log verified recently</source>
        <translation>近期已核验审计日志</translation>
    </message>
    <message>
        <source>Retention purge ran on time</source>
        <translation>按时删除保存期限届满的数据</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>符合要求</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需要留意</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Complete the site profile</source>
        <translation>完善场所信息</translation>
    </message>
    <message>
        <source>Print signs</source>
        <translation>打印标识</translation>
    </message>
    <message>
        <source>Open the impact assessment</source>
        <translation>打开影响评估</translation>
    </message>
    <message>
        <source>Open the filing</source>
        <translation>打开备案</translation>
    </message>
    <message>
        <source>Open the device register</source>
        <translation>打开设备登记</translation>
    </message>
    <message>
        <source>Check the retention settings</source>
        <translation>检查保存期限设置</translation>
    </message>
    <message>
        <source>Show the residents</source>
        <translation>查看住户</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>核验审计日志</translation>
    </message>
</context>
<context>
    <name>ComplianceService</name>
    <message numerus="yes">
        <source>The site profile lacks %n item(s) the notice must state; the site profile form shows which.</source>
        <translation>
            <numerusform>场所信息缺少告知书应当载明的%n项内容；场所信息表单中标明了缺少哪些。</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice in force does not say what the site profile says: save the site profile to publish the current notice.</source>
        <translation>现行告知书与场所信息不一致：请保存场所信息以发布最新告知书。</translation>
    </message>
    <message>
        <source>Notice version %1 is complete and in force.</source>
        <translation>第%1版告知书内容完整，正在施行。</translation>
    </message>
    <message>
        <source>No notice is in force yet, so no sign can state it: complete the site profile first.</source>
        <translation>尚无生效的告知书，标识无从载明：请先完善场所信息。</translation>
    </message>
    <message>
        <source>No device is registered, so no sign can be shown to be at a device.</source>
        <translation>尚未登记设备，因此无法证明设备处已张贴标识。</translation>
    </message>
    <message>
        <source>No sign of notice version %1 was printed for: %2.</source>
        <translation>以下设备尚未打印第%1版告知书的标识：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Signs of notice version %1 were printed for all %n device(s).</source>
        <translation>
            <numerusform>已为全部%n台设备打印第%1版告知书的标识。</numerusform>
        </translation>
    </message>
    <message>
        <source>No impact assessment has been signed: it is needed before face data is processed.</source>
        <translation>尚未签署个人信息保护影响评估：处理人脸信息前应当完成评估。</translation>
    </message>
    <message>
        <source>A new assessment is needed: %1 changed after version %2 was signed.</source>
        <translation>需要重新评估：第%2版签署后，%1发生了变化。</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3 and still holds.</source>
        <translation>第%1版由%2于%3签署，目前仍然有效。</translation>
    </message>
    <message>
        <source>No camera or terminal is registered: register every device with its location and capture area.</source>
        <translation>尚未登记任何摄像头或终端：请登记每台设备及其安装位置和采集区域。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered, none in a private space.</source>
        <translation>
            <numerusform>已登记%n台设备，均未安装在私密空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates are kept up to %1 days, longer than the ceiling of %2 days the site profile states.</source>
        <translation>人脸特征模板最长保存%1天，超过场所信息载明的最长%2天。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have face data past the end of the retention period.</source>
        <translation>
            <numerusform>有%n人的人脸信息在保存期限届满后仍未删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) must renew their consent after a material change of the notice.</source>
        <translation>
            <numerusform>告知书发生重大变更后，有%n人需要重新作出同意。</numerusform>
        </translation>
    </message>
    <message>
        <source>No consent waits for renewal.</source>
        <translation>没有等待重新同意的人员。</translation>
    </message>
    <message>
        <source>No backup has been made.</source>
        <translation>尚未进行备份。</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>最近一次备份于%1（%n天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has never been verified.</source>
        <translation>审计日志从未核验。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log was last verified on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>审计日志最近一次核验于%1（%n天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention purge has never run.</source>
        <translation>从未执行保存期限届满数据的删除。</translation>
    </message>
    <message>
        <source>The retention purge last ran on %1.</source>
        <translation>最近一次删除保存期限届满的数据于%1。</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>The option --%1 is required for this command.</source>
        <translation>此命令应当提供选项 --%1。</translation>
    </message>
    <message>
        <source>Say what "%1" should do: %2.</source>
        <translation>请说明“%1”要执行的操作：%2。</translation>
    </message>
    <message>
        <source>"%1 %2" is not an action: use %3.</source>
        <translation>“%1 %2”不是可执行的操作：请使用%3。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This copy of Consentry is running on plain SQLite instead of SQLCipher, so it refuses to open the database unencrypted; reinstall Consentry.</source>
        <translation>当前 Consentry 运行在未加密的 SQLite 而非 SQLCipher 上，因此拒绝以明文方式打开数据库；请重新安装 Consentry。</translation>
    </message>
    <message>
        <source>The database cannot be read: it is damaged or was not written with this key. Restore it from a backup.</source>
        <translation>无法读取数据库：数据库已损坏，或并非用此密钥写入。请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written: the folder or file is read-only or not accessible. Check its permissions.</source>
        <translation>无法写入数据库：文件夹或文件为只读或无法访问。请检查其权限。</translation>
    </message>
    <message>
        <source>Reading or writing the database failed (disk error). Check the disk and try again.</source>
        <translation>读写数据库失败（磁盘错误）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用。请稍后重试。</translation>
    </message>
    <message>
        <source>The change was refused by a rule of the database (%1).</source>
        <translation>此更改被数据库规则拒绝（%1）。</translation>
    </message>
    <message>
        <source>Unexpected database error: %1.</source>
        <translation>意外的数据库错误：%1。</translation>
    </message>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>数据库密钥长度错误。</translation>
    </message>
    <message>
        <source>The database file "%1" does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The database file "%1" is empty. Restore it from a backup.</source>
        <translation>数据库文件“%1”为空。请从备份恢复。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Consentry (schema %1; this version knows up to %2). It was left untouched: install the newer version.</source>
        <translation>此数据库由更新版本的 Consentry 写入（结构版本%1；本版本最高支持%2）。数据库未被改动：请安装新版本。</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging.</source>
        <translation>无法将数据库切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Restore it from a backup.</source>
        <translation>数据库已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file "%1" cannot be read.</source>
        <translation>无法读取数据库文件“%1”。</translation>
    </message>
    <message>
        <source>The database file "%1" is damaged. Restore it from a backup.</source>
        <translation>数据库文件“%1”已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The copy of the database could not be written to disk.</source>
        <translation>无法将数据库副本写入磁盘。</translation>
    </message>
    <message>
        <source>The database is open in another program; its file format is updated the next time it is opened alone.</source>
        <translation>数据库正被另一个程序打开；其文件格式将在下次单独打开时更新。</translation>
    </message>
    <message>
        <source>The copy of the database in the new format is incomplete; the original was left as it was.</source>
        <translation>新格式的数据库副本不完整；原数据库保持不变。</translation>
    </message>
    <message>
        <source>The database could not be switched to its new file format; the original was left as it was.</source>
        <translation>无法将数据库切换为新的文件格式；原数据库保持不变。</translation>
    </message>
</context>
<context>
    <name>DeletionLedger</name>
    <message>
        <source>The deletion ledger (consentry.deletions) has been altered or belongs to another store; nothing was changed. Keep the file for the auditor and ask your administrator.</source>
        <translation>删除记录簿（consentry.deletions）已被改动或属于其他数据库，未作任何更改。请保留该文件供审计人员查看，并联系管理员。</translation>
    </message>
    <message>
        <source>The deletion ledger</source>
        <translation>删除记录簿</translation>
    </message>
</context>
<context>
    <name>DeviceLocation</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>大堂</translation>
    </message>
    <message>
        <source>Building entrance</source>
        <translation>楼栋入口</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>出入口闸机</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>走廊</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Other public area</source>
        <translation>其他公共区域</translation>
    </message>
    <message>
        <source>Guest room</source>
        <translation>客房</translation>
    </message>
    <message>
        <source>Public bathroom</source>
        <translation>公共浴室</translation>
    </message>
    <message>
        <source>Changing room</source>
        <translation>更衣室</translation>
    </message>
    <message>
        <source>Toilet</source>
        <translation>卫生间</translation>
    </message>
    <message>
        <source>A face recognition device may not be installed in a %1: the Provisions on facial recognition (art. 13 ¶2) forbid it in guest rooms, public bathrooms, changing rooms and toilets.</source>
        <translation>人脸识别设备不得安装在%1内：《人脸识别技术应用安全管理办法》第十三条第二款禁止在宾馆客房、公共浴室、更衣室、卫生间等私密空间内安装。</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <source>There is no registered device with id %1.</source>
        <translation>没有编号为%1的已登记设备。</translation>
    </message>
    <message>
        <source>Give the device a name, for example "Front desk camera".</source>
        <translation>请为设备命名，例如“前台摄像头”。</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>设备名称超过%1个字符。</translation>
    </message>
    <message>
        <source>Describe the device's capture area: what the camera sees, for example "the queue in front of the reception counter".</source>
        <translation>请描述设备的采集区域，即摄像头拍摄的范围，例如“前台柜台前的排队区域”。</translation>
    </message>
    <message>
        <source>The description of the capture area is longer than %1 characters.</source>
        <translation>采集区域的描述超过%1个字符。</translation>
    </message>
    <message>
        <source>A device named "%1" is already registered: choose another name.</source>
        <translation>已登记名为“%1”的设备：请换一个名称。</translation>
    </message>
    <message>
        <source>This camera is already registered as "%1".</source>
        <translation>该摄像头已登记为“%1”。</translation>
    </message>
</context>
<context>
    <name>DevicesCommand</name>
    <message>
        <source>The device register: add, list or remove the cameras and terminals and where they are.</source>
        <translation>设备登记：添加、列出或移除摄像头和终端及其安装位置。</translation>
    </message>
    <message>
        <source>Location types: %1. Devices may not be installed in guest rooms, public bathrooms, changing rooms or toilets (Provisions on facial recognition, art. 13 ¶2): those types are refused.</source>
        <translation>安装位置类型：%1。设备不得安装在宾馆客房、公共浴室、更衣室、卫生间内（《人脸识别技术应用安全管理办法》第十三条第二款）：这些类型将被拒绝。</translation>
    </message>
    <message>
        <source>The device's name, e.g. "Front desk camera".</source>
        <translation>设备名称，例如“前台摄像头”。</translation>
    </message>
    <message>
        <source>Where it is installed: front_desk, lobby, entrance, gate, corridor, elevator or other.</source>
        <translation>安装位置：front_desk、lobby、entrance、gate、corridor、elevator或other。</translation>
    </message>
    <message>
        <source>What the camera sees (its capture area).</source>
        <translation>摄像头拍摄的范围（采集区域）。</translation>
    </message>
    <message>
        <source>The camera this device is, as the camera picker names it.</source>
        <translation>该设备对应的摄像头，按摄像头选择器中的名称填写。</translation>
    </message>
    <message>
        <source>The device to remove (its number in devices list).</source>
        <translation>要移除的设备（devices list中的编号）。</translation>
    </message>
    <message>
        <source>Unknown location type "%1": use one of %2.</source>
        <translation>未知的安装位置类型“%1”：请使用%2之一。</translation>
    </message>
    <message>
        <source>Registered device %1: %2 (%3).</source>
        <translation>已登记设备%1：%2（%3）。</translation>
    </message>
    <message>
        <source>No device is registered.</source>
        <translation>尚未登记设备。</translation>
    </message>
    <message>
        <source>The device number "%1" is not a positive whole number.</source>
        <translation>设备编号“%1”不是正整数。</translation>
    </message>
    <message>
        <source>Removed device %1 from the register.</source>
        <translation>已从设备登记中移除设备%1。</translation>
    </message>
</context>
<context>
    <name>DnnEmbedder</name>
    <message>
        <source>The face recognition model %1 could not be loaded: it is damaged or not the model its card describes. Replace it with the original file.</source>
        <translation>无法加载人脸识别模型%1：文件已损坏，或不是其模型说明所描述的模型。请用原始文件替换。</translation>
    </message>
    <message>
        <source>The face recognition model gave %1 values instead of %2; it is not the model its card describes.</source>
        <translation>人脸识别模型输出了%1个数值而不是%2个；它不是其模型说明所描述的模型。</translation>
    </message>
    <message>
        <source>The frame is empty or not an 8-bit colour image.</source>
        <translation>画面为空，或不是8位彩色图像。</translation>
    </message>
    <message>
        <source>The face recognition model cannot use this image; use a larger, sharper photo of one face.</source>
        <translation>人脸识别模型无法使用此图像，请使用只含一张人脸、更大更清晰的图像。</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enroll a resident who signed a paper consent, from face photos.</source>
        <translation>为已签署纸质同意书的住户，用人脸图像办理登记。</translation>
    </message>
    <message>
        <source>The resident's full name.</source>
        <translation>住户姓名。</translation>
    </message>
    <message>
        <source>The signed paper consent as a JSON record.</source>
        <translation>已签署的纸质同意书（JSON 记录）。</translation>
    </message>
    <message>
        <source>Face photos of the resident (one face each).</source>
        <translation>住户的人脸图像（每张一张人脸）。</translation>
    </message>
    <message>
        <source>The resident's unit or room (optional).</source>
        <translation>住户的单元或房间（可选）。</translation>
    </message>
    <message>
        <source>Manager only: enroll even though the face matches another resident.</source>
        <translation>仅限管理员：即使人脸与其他住户相符，仍办理登记。</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Enrolled %1 as resident %2 with %3 face templates (engine %4).</source>
        <translation>已将%1登记为住户%2，保存了%3个人脸特征模板（引擎%4）。</translation>
    </message>
    <message>
        <source>Images not used:</source>
        <translation>未使用的图像：</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>图像</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) shows exactly one clear face, so nothing was enrolled (first: %1).</source>
        <translation>
            <numerusform>%n张图像中没有一张只显示一张清晰的人脸，因此未录入任何信息（第一张：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No image shows a clear face, so nothing was enrolled.</source>
        <translation>没有图像显示清晰的人脸，因此未录入任何信息。</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>resident %1</source>
        <translation>住户%1</translation>
    </message>
    <message>
        <source>Face data may be stored only with a granted consent; nothing was saved.</source>
        <translation>只有取得同意后才能保存人脸信息；未保存任何内容。</translation>
    </message>
    <message>
        <source>There is no good face sample to store; capture again.</source>
        <translation>没有合格的人脸样本可保存；请重新采集。</translation>
    </message>
    <message>
        <source>A face sample was made by another face engine; capture again.</source>
        <translation>有人脸样本由其他人脸引擎生成；请重新采集。</translation>
    </message>
    <message>
        <source>This face already matches resident %1 (id %2, score %3); nothing was saved. A manager must decide whether this is a different person.</source>
        <translation>该人脸已与住户%1（编号%2，相似度%3）相符；未保存任何内容。须由管理员判断是否为另一人。</translation>
    </message>
    <message>
        <source>This consent is not a refusal.</source>
        <translation>该同意记录不是拒绝记录。</translation>
    </message>
    <message>
        <source>The notice has changed in a material way since the resident consented (now version %1): they read it and decide again.</source>
        <translation>住户作出同意后告知书已发生实质变更（现为第%1版）：请住户阅读后重新作出决定。</translation>
    </message>
    <message>
        <source>There is no consent in force (it was declined, withdrawn or ended by the retention rule): the resident decides again on the notice in force.</source>
        <translation>目前没有有效的同意（已拒绝、已撤回或因保存期限届满而终止）：住户应当依据现行告知书重新作出决定。</translation>
    </message>
    <message>
        <source>The face engine has changed since the resident consented (now %1): they read the notice and decide again.</source>
        <translation>住户作出同意后人脸识别引擎已更换（现为%1）：请住户阅读告知书后重新作出决定。</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>Measure recognition accuracy and speed on a folder of &lt;person&gt;/&lt;images&gt;.</source>
        <translation>在 &lt;人员&gt;/&lt;图像&gt; 结构的文件夹上测量识别准确率和速度。</translation>
    </message>
    <message>
        <source>Folder with one sub-folder of face images per person.</source>
        <translation>每人一个子文件夹、存放人脸图像的文件夹。</translation>
    </message>
    <message>
        <source>Recognizer: auto (the best installed), dnn, classical (LBP fallback) or lbph (OpenCV's LBPH, as a baseline).</source>
        <translation>识别引擎：auto（已安装的最佳引擎）、dnn、classical（LBP 备用方案）或 lbph（OpenCV 的 LBPH，作为基线）。</translation>
    </message>
    <message>
        <source>Seed for drawing pairs and gallery images (default 1).</source>
        <translation>抽取样本对和人脸库图像所用的随机种子（默认1）。</translation>
    </message>
    <message>
        <source>The seed must be a whole number between 0 and 4294967295.</source>
        <translation>随机种子应当是0到4294967295之间的整数。</translation>
    </message>
    <message>
        <source>engine: %1 (detector %2)
people: %3, images: %4, failure to enroll: %5 %
pairs: %6 same + %7 different
10-fold accuracy: %8 % (± %9)
TAR at FAR 0.1 %: %10 % (threshold %11)
EER: %12 %
rank-1: %13 % (%14 probes, %15 in the gallery)
median ms per detection: %16, per template: %17</source>
        <translation>引擎：%1（检测器%2）
人数：%3，图像：%4，注册失败率：%5 %
样本对：%6对同一人 + %7对不同人
十折准确率：%8 %（± %9）
误识率0.1 % 时的通过率：%10 %（阈值%11）
等错误率：%12 %
首位命中率：%13 %（%14个查询，人脸库中%15人）
每次检测耗时中位数：%16毫秒，每个模板：%17毫秒</translation>
    </message>
    <message>
        <source>Face detector: auto, yunet, lbp (the classical fallback) or haar (the cascade it replaced, for comparison).</source>
        <translation>人脸检测器：auto、yunet、lbp（传统备用检测器）或haar（被其取代的级联检测器，仅供对比）。</translation>
    </message>
    <message>
        <source>FPIR at threshold %1 (FAR 0.1 %): %2 % with 1,000 people enrolled, %3 % with 10,000</source>
        <translation>阈值%1（误识率0.1%）下的一对多误识别率：人脸库中有1,000人时为%2%，有10,000人时为%3%</translation>
    </message>
    <message>
        <source>Open-set thresholds: %1</source>
        <translation>一对多辨识阈值：%1</translation>
    </message>
    <message>
        <source>Two templates per person (%1 people, %2 probes), TAR at FAR 0.1 %: %3 % scored by the better template, %4 % against their mean</source>
        <translation>每人两个人脸特征模板（%1人，%2个查询），误识率0.1%时的通过率：取得分较高的模板为%3%，与两者均值比较为%4%</translation>
    </message>
    <message>
        <source>Impostor tail, fitted on one half of the people: share %1 predicted at %2, %3 found on the other half</source>
        <translation>不同人之间比较分数的尾部（按一半人员拟合）：在%2处预测比例为%1，另一半人员中实测为%3</translation>
    </message>
    <message>
        <source>%L1 people, target FPIR %2 %: threshold %3, TAR %4 %, identified at rank 1 %5 %, FPIR predicted %6 %, on held-out people %7 % (%8 of %9 pairs above)</source>
        <translation>%L1人，目标一对多误识别率%2%：阈值%3，通过率%4%，首位正确辨识率%5%，预测一对多误识别率%6%，留出人员实测%7%（%9对中有%8对达到阈值）</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>The dataset folder %1 does not exist; give a folder with one sub-folder of images per person.</source>
        <translation>数据集文件夹%1不存在；请指定每人一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>The dataset folder %1 needs at least two people with images (&lt;person&gt;/&lt;image&gt; files).</source>
        <translation>数据集文件夹%1至少需要两个有图像的人（&lt;人员&gt;/&lt;图像&gt; 文件）。</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>OpenCV's LBPH recognizer failed (%1).</source>
        <translation>OpenCV 的 LBPH 识别器出错（%1）。</translation>
    </message>
    <message>
        <source>Too few faces were found in %1 to form pairs (%2 of %3 images gave a template).</source>
        <translation>在%1中找到的人脸太少，无法组成样本对（%3张图像中有%2张生成了模板）。</translation>
    </message>
    <message>
        <source>%1: %2 images of %3 people, every pair of different people</source>
        <translation>%1：%3人的%2张图像，全部不同人之间的图像对</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write one resident's access package: their data, consent history and audit events (JSON and PDF).</source>
        <translation>导出一名住户的个人信息副本：其个人信息、同意记录和审计事件（JSON 和 PDF）。</translation>
    </message>
    <message>
        <source>The folder to write the package into.</source>
        <translation>材料包写入的文件夹。</translation>
    </message>
    <message>
        <source>Access package of resident %1 written to %2 (%3 files).</source>
        <translation>住户%1的个人信息副本已写入%2（%3个文件）。</translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>The frame is empty or not an 8-bit colour image.</source>
        <translation>画面为空，或不是8位彩色图像。</translation>
    </message>
    <message>
        <source>Unknown face detector "%1": use auto, yunet, lbp or haar.</source>
        <translation>未知的人脸检测器“%1”：请使用auto、yunet、lbp或haar。</translation>
    </message>
</context>
<context>
    <name>FaceEmbedder</name>
    <message>
        <source>Unknown recognition engine "%1": use auto, dnn or classical.</source>
        <translation>未知的识别引擎“%1”：请使用 auto、dnn 或 classical。</translation>
    </message>
</context>
<context>
    <name>FacePipeline</name>
    <message>
        <source>Detector: %1; recognizer: %2.</source>
        <translation>检测器：%1；识别引擎：%2。</translation>
    </message>
    <message>
        <source>Classical fallback in use: accuracy is lower than with the face models; install them to improve it.</source>
        <translation>正在使用传统备用方案：准确率低于人脸模型；安装模型可提高准确率。</translation>
    </message>
    <message>
        <source>There is no face where you clicked. Click on the face of the person being served.</source>
        <translation>您点击的位置没有人脸。请点击正在办理业务的人员的面部。</translation>
    </message>
    <message>
        <source>No face is clear enough in the picture. Ask the person to face the camera, or use another way.</source>
        <translation>画面中没有足够清晰的人脸。请该人员正对摄像头，或改用其他身份验证方式。</translation>
    </message>
</context>
<context>
    <name>FaceTemplate</name>
    <message>
        <source>The face template has %1 values but its engine %2 makes %3.</source>
        <translation>该人脸特征模板有%1个数值，但其引擎%2生成的是%3个。</translation>
    </message>
    <message>
        <source>The face template contains invalid numbers; capture the face again.</source>
        <translation>该人脸特征模板包含无效数值；请重新采集人脸。</translation>
    </message>
    <message>
        <source>The face template is empty; capture the face again.</source>
        <translation>该人脸特征模板为空；请重新采集人脸。</translation>
    </message>
    <message>
        <source>A stored face template has the wrong size for the engine %1; the data may be damaged.</source>
        <translation>一个已存储的人脸特征模板与引擎%1的长度不符；数据可能已损坏。</translation>
    </message>
    <message>
        <source>Face templates of different recognition engines (%1, %2) cannot be compared; re-enroll the person with the current engine.</source>
        <translation>不同识别引擎（%1、%2）的人脸特征模板不能相互比较；请用当前引擎重新登记此人。</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>The impact assessment was signed again on %1, after the last filing: if the filed information changed, file the change within 30 working days.</source>
        <translation>个人信息保护影响评估于%1在最近一次备案之后重新签署：备案信息发生变化的，应当在30个工作日内办理变更手续。</translation>
    </message>
    <message>
        <source>No face data is stored any more: if the site has stopped using facial recognition, deregister the filing within 30 working days.</source>
        <translation>已不再存储人脸信息：本场所停止使用人脸识别技术的，应当在30个工作日内办理注销备案手续。</translation>
    </message>
    <message>
        <source>%1 people have face data stored; filing is needed from %2.</source>
        <translation>已存储%1人的人脸信息；达到%2人时应当备案。</translation>
    </message>
    <message>
        <source>%1 people have face data stored: approaching the filing threshold of %2.</source>
        <translation>已存储%1人的人脸信息：接近%2人的备案标准。</translation>
    </message>
    <message>
        <source>%1 people have face data stored; the filing was recorded on %2 (%3).</source>
        <translation>已存储%1人的人脸信息；已于%2备案（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 people have face data stored (the threshold of %2 was reached on %3): file by %4, %n working day(s) from today.</source>
        <translation>
            <numerusform>已存储%1人的人脸信息（于%3达到%2人）：应当在%4前备案，距今还有%n个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people have face data stored (the threshold of %2 was reached on %3): the filing was due on %4 and is overdue.</source>
        <translation>已存储%1人的人脸信息（于%3达到%2人）：备案期限为%4，现已逾期。</translation>
    </message>
    <message>
        <source>A holiday is not a valid date.</source>
        <translation>节假日不是有效日期。</translation>
    </message>
    <message>
        <source>Give the date the filing was made.</source>
        <translation>请填写备案日期。</translation>
    </message>
    <message>
        <source>The filing date %1 is in the future.</source>
        <translation>备案日期%1晚于今天。</translation>
    </message>
    <message>
        <source>Give the filing's reference number from the cyberspace office.</source>
        <translation>请填写网信部门给出的备案编号。</translation>
    </message>
    <message>
        <source>The reference number is longer than %1 characters.</source>
        <translation>备案编号超过%1个字符。</translation>
    </message>
    <message>
        <source>The processing rules are longer than %1 characters.</source>
        <translation>个人信息处理规则超过%1个字符。</translation>
    </message>
    <message>
        <source>Unknown document language "%1": use zh_CN, en or zh_CN+en.</source>
        <translation>未知的文档语言“%1”：请使用zh_CN、en或zh_CN+en。</translation>
    </message>
    <message>
        <source>No impact assessment has been signed yet; it is the fifth material of the filing. Sign it first.</source>
        <translation>尚未签署个人信息保护影响评估，而它是备案的第五项材料。请先签署。</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>This face template was made by the engine %1, but the gallery holds %2; re-enroll the person with the current engine.</source>
        <translation>此人脸特征模板由引擎%1生成，但人脸库使用的是%2；请用当前引擎重新登记此人。</translation>
    </message>
    <message>
        <source>The face template %1 is already in the gallery.</source>
        <translation>人脸特征模板%1已在人脸库中。</translation>
    </message>
    <message>
        <source>This face template was made by the engine %1, but the gallery holds %2; they cannot be compared.</source>
        <translation>此人脸特征模板由引擎%1生成，但人脸库使用的是%2；二者不能比较。</translation>
    </message>
</context>
<context>
    <name>GalleryBenchmark</name>
    <message>
        <source>The gallery size must be between 1 and 10,000,000 and the template length between 4 and 4096.</source>
        <translation>人脸库规模应当在1到10,000,000之间，模板长度应当在4到4096之间。</translation>
    </message>
    <message>
        <source>Not enough memory for a gallery of %1 templates.</source>
        <translation>内存不足，无法容纳%1个模板的人脸库。</translation>
    </message>
    <message>
        <source>The naive match loop produced no score.</source>
        <translation>朴素逐条比较循环没有得出分数。</translation>
    </message>
</context>
<context>
    <name>GalleryService</name>
    <message>
        <source>The face template %1 was made by another face engine; enroll the person again with the engine in use.</source>
        <translation>人脸特征模板%1由其他人脸引擎生成；请用当前引擎为此人重新登记。</translation>
    </message>
    <message>
        <source>The face gallery has not been loaded from the store.</source>
        <translation>尚未从数据库加载人脸库。</translation>
    </message>
</context>
<context>
    <name>GuardianRule</name>
    <message>
        <source>The resident was under 14 when the consent was signed: it needs the guardian's name and relation.</source>
        <translation>签署同意时该住户不满十四周岁：应当填写监护人的姓名及与被监护人的关系。</translation>
    </message>
    <message>
        <source>The date of birth is missing: enter it, or answer "under 14: yes or no" instead.</source>
        <translation>缺少出生日期：请填写出生日期，或改为回答“是否不满十四周岁”。</translation>
    </message>
    <message>
        <source>The age question has not been answered: enter the date of birth, or answer "under 14: yes or no". No face data is collected without it.</source>
        <translation>尚未回答年龄问题：请填写出生日期，或回答“是否不满十四周岁”。未回答前不采集人脸信息。</translation>
    </message>
    <message>
        <source>The resident was under 14 when the consent was signed: the guardian signs in their own name, not the child.</source>
        <translation>签署同意时被登记人不满十四周岁：应当由监护人以本人名义签名，而不是由被监护人签名。</translation>
    </message>
    <message>
        <source>The resident was 14 or older when the consent was signed: they consent in their own name, not a guardian.</source>
        <translation>签署同意时被登记人已满十四周岁：应当由其本人作出同意，而不是由监护人代为同意。</translation>
    </message>
</context>
<context>
    <name>HaarDetector</name>
    <message>
        <source>Face detection failed on this image; use another photo.</source>
        <translation>无法在此图像上检测人脸，请换一张图像。</translation>
    </message>
    <message>
        <source>No face detector is available: neither the YuNet model nor OpenCV's cascades (%1, %2) were found. Install the opencv-data package or put the model files in the models folder.</source>
        <translation>没有可用的人脸检测器：既未找到YuNet模型，也未找到OpenCV的级联检测文件（%1、%2）。请安装opencv-data软件包，或将模型文件放入models文件夹。</translation>
    </message>
    <message>
        <source>The face detector file %1 is damaged; reinstall the opencv-data package.</source>
        <translation>人脸检测文件%1已损坏；请重新安装opencv-data软件包。</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <source>The image to search for.</source>
        <translation>要查找的图片。</translation>
    </message>
    <message>
        <source>--top must be a whole number from 1 to 100.</source>
        <translation>--top 应当是1到100之间的整数。</translation>
    </message>
    <message>
        <source>no resident above the threshold</source>
        <translation>没有住户超过阈值</translation>
    </message>
    <message>
        <source>%1 (resident %2, score %3)</source>
        <translation>%1（住户%2，相似度%3）</translation>
    </message>
    <message>
        <source>No face was found in the image.</source>
        <translation>图片中未找到人脸。</translation>
    </message>
    <message>
        <source>the head turned to the person's left</source>
        <translation>头部向本人左侧转动</translation>
    </message>
    <message>
        <source>the head turned to the person's right</source>
        <translation>头部向本人右侧转动</translation>
    </message>
    <message>
        <source>the eyes blinked</source>
        <translation>眨了眼</translation>
    </message>
    <message>
        <source>With --video the sharpest frame that shows one face is searched. --liveness also checks that the video shows a live person who turns the head or blinks, as the Verify screen does; a recording cannot follow a prompt, so the default challenge is any of them. "liveness" is "passed", "failed" (with "liveness_reason") or "not_checked" (no --liveness, or the classical face detector, which gives no landmarks).</source>
        <translation>使用 --video 时，查找其中只有一张人脸且最清晰的一帧。--liveness 还会像验证界面一样检查视频中是否为转头或眨眼的真人；录制的视频无法按提示动作，因此默认动作为其中任意一种。"liveness" 的值为 "passed"（通过）、"failed"（未通过，附 "liveness_reason"）或 "not_checked"（未加 --liveness，或使用的传统人脸检测器不提供面部关键点）。</translation>
    </message>
    <message>
        <source>The check stops a printed or on-screen photo held still, moved, or turned in front of the camera: on test videos made from the photos of 40 people, none of 160 such attacks passed, while 13 of 13 real head turns and 3 of 3 real eye closures did. It does not stop a replayed video of the person, a 3D mask, a photo bent along the nose, or a determined attacker: a face match with a passed check is evidence, not proof, and the decision stays with staff.</source>
        <translation>该检测可以识破在摄像头前静止举着、移动或转动的打印照片或屏幕照片：在用40人的人脸图像制作的测试视频中，160次此类攻击无一通过，而13次真实转头和3次真实闭眼全部通过。它不能识破本人视频的回放、3D面具、沿鼻梁弯折的照片，也挡不住有备而来的攻击者：人脸匹配加活体检测通过只是证据而非证明，最终由工作人员决定。</translation>
    </message>
    <message>
        <source>A video file (MJPG in AVI or MP4) to search instead of an image.</source>
        <translation>用于代替图像进行查找的视频文件（AVI 格式的 MJPG 或 MP4）。</translation>
    </message>
    <message>
        <source>With --video: check that it shows a live person (presentation-attack check).</source>
        <translation>与 --video 同用：检查视频中是否为真人（活体检测）。</translation>
    </message>
    <message>
        <source>With --liveness: the movement to look for: any (default), left, right or blink.</source>
        <translation>与 --liveness 同用：要检测的动作：any（任意，默认）、left（向左转头）、right（向右转头）或 blink（眨眼）。</translation>
    </message>
    <message>
        <source>Give the image to search with --image, or a video with --video.</source>
        <translation>请用 --image 指定要查找的图像，或用 --video 指定视频。</translation>
    </message>
    <message>
        <source>Give either --image or --video, not both.</source>
        <translation>请只指定 --image 或 --video 其中之一，不要同时指定。</translation>
    </message>
    <message>
        <source>--liveness needs --video: a single picture cannot show that a person is live.</source>
        <translation>--liveness 需要与 --video 同用：单张图像无法证明是真人。</translation>
    </message>
    <message>
        <source>--challenge is used only with --liveness.</source>
        <translation>--challenge 只能与 --liveness 同用。</translation>
    </message>
    <message>
        <source>--challenge must be any, left, right or blink.</source>
        <translation>--challenge 的值应当是 any、left、right 或 blink。</translation>
    </message>
    <message>
        <source>Liveness: not checked (add --liveness).</source>
        <translation>活体检测：未进行（请加上 --liveness）。</translation>
    </message>
    <message>
        <source>Liveness: passed (%1).</source>
        <translation>活体检测：通过（%1）。</translation>
    </message>
    <message>
        <source>Liveness: not checked. %1</source>
        <translation>活体检测：未进行。%1</translation>
    </message>
    <message>
        <source>Liveness: failed. %1</source>
        <translation>活体检测：未通过。%1</translation>
    </message>
    <message>
        <source>No frame of the video shows exactly one face.</source>
        <translation>视频中没有一帧恰好只有一张人脸。</translation>
    </message>
    <message>
        <source>Search the enrolled residents for the person in one image or video: only the largest, most central face is processed (recorded in the audit log; names only for a match).</source>
        <translation>在已登记的住户中查找一张图像或一段视频中的人：只处理最大、最居中的一张人脸（记入审计日志；仅在匹配时显示姓名）。</translation>
    </message>
    <message>
        <source>How many matching residents to list (default 3).</source>
        <translation>列出多少位匹配的住户（默认3位）。</translation>
    </message>
    <message>
        <source>Face: %1</source>
        <translation>人脸：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) in the picture; only the largest, most central one was searched.</source>
        <translation>
            <numerusform>图像中有%n张人脸；只查找了最大、最居中的一张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFolderSource</name>
    <message>
        <source>The folder %1 does not exist; check the path.</source>
        <translation>文件夹%1不存在；请检查路径。</translation>
    </message>
    <message>
        <source>The folder %1 has no images (JPEG, PNG, BMP, PGM).</source>
        <translation>文件夹%1中没有图像（JPEG、PNG、BMP、PGM）。</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The image %1 does not exist; check the path.</source>
        <translation>图像%1不存在；请检查路径。</translation>
    </message>
    <message>
        <source>%1 is not a file; give the path of an image.</source>
        <translation>%1不是文件；请指定一个图像的路径。</translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB; use a smaller photo.</source>
        <translation>图像%1大于%2 MB；请使用更小的图像。</translation>
    </message>
    <message>
        <source>The image %1 could not be opened (%2); check its permissions.</source>
        <translation>无法打开图像%1（%2）；请检查其访问权限。</translation>
    </message>
    <message>
        <source>The image %1 could not be read (%2).</source>
        <translation>无法读取图像%1（%2）。</translation>
    </message>
    <message>
        <source>The image %1 is empty; choose another file.</source>
        <translation>图像%1是空文件；请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is not an image Consentry can read (PNG, JPEG, BMP, PGM/PPM); choose a photo in one of these formats.</source>
        <translation>%1不是 Consentry 能读取的图像（PNG、JPEG、BMP、PGM/PPM）；请选择这些格式之一的图像。</translation>
    </message>
    <message>
        <source>The image %1 is only %2×%3 pixels; a face photo needs at least %4 pixels on each side.</source>
        <translation>图像%1只有%2×%3像素；人脸图像每边至少需要%4像素。</translation>
    </message>
    <message>
        <source>The image %1 is %2×%3 pixels, more than Consentry accepts (%4 pixels on a side); scale it down first.</source>
        <translation>图像%1为%2×%3像素，超过 Consentry 可接受的大小（每边%4像素）；请先缩小。</translation>
    </message>
    <message>
        <source>The image %1 is truncated or damaged; copy it again from its source.</source>
        <translation>图像%1不完整或已损坏；请从原处重新复制。</translation>
    </message>
</context>
<context>
    <name>ImpactAssessment</name>
    <message>
        <source>Purpose and method: lawful, legitimate and necessary?</source>
        <translation>处理目的和处理方式是否合法、正当、必要</translation>
    </message>
    <message>
        <source>Impact on individuals and the mitigations</source>
        <translation>对个人权益的影响及降低不利影响的措施</translation>
    </message>
    <message>
        <source>Risks of leakage, tampering and misuse, and their harm</source>
        <translation>泄露、篡改、滥用的风险及可能造成的危害</translation>
    </message>
    <message>
        <source>Protection measures: lawful, effective and fit for the risk?</source>
        <translation>保护措施是否合法、有效并与风险程度相适应</translation>
    </message>
    <message>
        <source>State the specific purpose, why face recognition is necessary for it, why the chosen method (one-to-one verification or one-to-many identification) affects people least, and that everyone who declines is offered another way to verify identity.</source>
        <translation>说明特定的处理目的、为何确有必要使用人脸识别、为何所选处理方式（一对一核验或一对多辨识）对个人权益影响最小，以及不同意的人员均可使用其他身份验证方式。</translation>
    </message>
    <message>
        <source>Describe how people are affected (being enrolled, being matched or not matched, children), and whether the mitigations work: separate consent, the other ways, deletion on withdrawal, the retention period.</source>
        <translation>说明对个人的影响（录入、识别成功或失败、未成年人），以及降低不利影响的措施是否有效：单独同意、其他身份验证方式、撤回同意后删除、保存期限。</translation>
    </message>
    <message>
        <source>Name what could go wrong (a stolen computer or backup, a staff member looking people up, a false match, a tampered record) and the harm each would cause.</source>
        <translation>列出可能发生的问题（电脑或备份被盗、工作人员擅自查询、误识别、记录被篡改）及各自可能造成的危害。</translation>
    </message>
    <message>
        <source>Say whether the measures (local encrypted storage, roles, the audit chain, the retention purge, the device register) fit these risks, and what else the site does.</source>
        <translation>说明各项措施（本机加密存储、角色授权、哈希链审计日志、保存期限届满自动删除、设备登记）是否与上述风险相适应，以及本场所采取的其他措施。</translation>
    </message>
    <message>
        <source>the purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>the verification method</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>the recognition engine</source>
        <translation>识别引擎</translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation>保存期限</translation>
    </message>
</context>
<context>
    <name>ImpactAssessmentService</name>
    <message>
        <source>The answer to "%1" is longer than %2 characters.</source>
        <translation>“%1”的答复超过%2个字符。</translation>
    </message>
    <message>
        <source>Answer every part before signing; still empty: %1.</source>
        <translation>签署前请答复每一部分；尚未填写：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No impact assessment has been signed yet.</source>
        <translation>尚未签署个人信息保护影响评估。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new encrypted store with its first manager, and show the recovery key once.</source>
        <translation>创建新的加密数据库及首位管理员，并仅显示一次恢复密钥。</translation>
    </message>
    <message>
        <source>Name of the first manager account.</source>
        <translation>首位管理员账户的名称。</translation>
    </message>
    <message>
        <source>Name of the hotel or compound.</source>
        <translation>酒店或小区的名称。</translation>
    </message>
    <message>
        <source>"%1" already holds a Consentry store (or part of one); nothing was changed. Choose an empty folder with --data-dir.</source>
        <translation>“%1”中已有 Consentry 数据库（或其一部分）；未做任何更改。请用 --data-dir 选择一个空文件夹。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入相同的密码：</translation>
    </message>
    <message>
        <source>Created an encrypted store in %1 with the manager "%2".</source>
        <translation>已在%1创建加密数据库，管理员为“%2”。</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it locked away; it is shown only this once):</source>
        <translation>恢复密钥（请抄写并妥善锁存；仅显示这一次）：</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Consentry is already open on the data folder "%1" (process %2). Use that window, or close it and start again.</source>
        <translation>Consentry 已在数据文件夹“%1”上打开（进程%2）。请使用该窗口，或将其关闭后重新启动。</translation>
    </message>
    <message>
        <source>Cannot create the lock file "%1" that keeps a second console off this data folder. Check that the temporary folder is writable.</source>
        <translation>无法创建锁文件“%1”（用于防止同一数据文件夹被第二个控制台打开）。请检查临时文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>There is not enough memory to check the password (%1 MiB needed). Close other programs and try again.</source>
        <translation>内存不足，无法校验密码（需要%1 MiB）。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The keyslot file is damaged. Restore it from a backup.</source>
        <translation>密钥槽文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>KeyslotFile</name>
    <message>
        <source>The keyslot file "%1" is missing, so the database cannot be unlocked. Restore the folder from a backup.</source>
        <translation>缺少密钥槽文件“%1”，无法解锁数据库。请从备份恢复该文件夹。</translation>
    </message>
    <message>
        <source>The keyslot file is damaged. Restore it from a backup.</source>
        <translation>密钥槽文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>This is not a Consentry keyslot file.</source>
        <translation>这不是 Consentry 的密钥槽文件。</translation>
    </message>
    <message>
        <source>The keyslot file was written by a newer version of Consentry. Install the newer version.</source>
        <translation>密钥槽文件由更新版本的 Consentry 写入。请安装新版本。</translation>
    </message>
    <message>
        <source>The database file "%1" is missing. Restore the folder from a backup.</source>
        <translation>缺少数据库文件“%1”。请从备份恢复该文件夹。</translation>
    </message>
    <message>
        <source>The database file is damaged (too short). Restore it from a backup.</source>
        <translation>数据库文件已损坏（长度不足）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The keyslot file</source>
        <translation>密钥槽文件</translation>
    </message>
    <message>
        <source>The keyslot file is damaged or was edited, so no password was checked and none was counted as wrong. Restore the keyslot file from a backup.</source>
        <translation>密钥槽文件已损坏或被修改，因此未核对密码，也未计为密码错误。请从备份中恢复密钥槽文件。</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
</context>
<context>
    <name>LbpEmbedder</name>
    <message>
        <source>The frame is empty or not an 8-bit colour image.</source>
        <translation>画面为空，或不是8位彩色图像。</translation>
    </message>
    <message>
        <source>The face template could not be computed from this image; use a larger, sharper photo.</source>
        <translation>无法从此图像计算人脸特征模板，请使用更大更清晰的图像。</translation>
    </message>
</context>
<context>
    <name>LiveFrame</name>
    <message>
        <source>Face is clear: hold still.</source>
        <translation>人脸清晰：请保持不动。</translation>
    </message>
</context>
<context>
    <name>LivenessCheck</name>
    <message>
        <source>Turn your head slowly to one side, or blink.</source>
        <translation>请慢慢向一侧转头，或眨一下眼。</translation>
    </message>
    <message>
        <source>Turn your head slowly to your left.</source>
        <translation>请慢慢向您的左侧转头。</translation>
    </message>
    <message>
        <source>Turn your head slowly to your right.</source>
        <translation>请慢慢向您的右侧转头。</translation>
    </message>
    <message>
        <source>Blink slowly once.</source>
        <translation>请慢慢眨一下眼。</translation>
    </message>
    <message>
        <source>No face was seen clearly enough to check.</source>
        <translation>没有看清可供检测的人脸。</translation>
    </message>
    <message>
        <source>More than one face was in the picture, so it was not clear whom to check. Only the person being checked should be in front of the camera.</source>
        <translation>画面中不止一张人脸，无法确定检测哪一位。摄像头前应只有接受检测的本人。</translation>
    </message>
    <message>
        <source>The face never looked straight at the camera, so there was nothing to compare the movement with.</source>
        <translation>人脸始终没有正对摄像头，因此无法与动作进行比较。</translation>
    </message>
    <message>
        <source>The face did not move as asked. A live person can follow the instruction; a photo cannot.</source>
        <translation>人脸没有按提示动作。真人可以按提示动作，照片不能。</translation>
    </message>
    <message>
        <source>The face moved like a flat picture, without the depth of a real head, as a photo or a screen does. A live person passes by turning the head a little further.</source>
        <translation>人脸像照片或屏幕一样平面移动，没有真实头部的立体感。真人只需把头再多转一些即可通过。</translation>
    </message>
    <message>
        <source>The face moved, but not in the way that was asked.</source>
        <translation>人脸有动作，但不是提示的动作。</translation>
    </message>
    <message>
        <source>The classical face detector in use gives no positions of eyes, nose and mouth, so the check of a live person cannot run. Install the face models to use it.</source>
        <translation>当前使用的传统人脸检测器不提供眼睛、鼻子和嘴的位置，因此无法进行活体检测。安装人脸模型后即可使用。</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>谢谢。</translation>
    </message>
    <message>
        <source>Only the person being checked, please.</source>
        <translation>请只让接受检测的本人在镜头前。</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>请看摄像头。</translation>
    </message>
    <message>
        <source>Look straight at the camera.</source>
        <translation>请正视摄像头。</translation>
    </message>
</context>
<context>
    <name>LivenessPolicy</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>At enrollment and for uncertain matches</source>
        <translation>录入时及需人工复核的识别结果</translation>
    </message>
    <message>
        <source>At enrollment and every face verification</source>
        <translation>录入时及每次人脸验证</translation>
    </message>
    <message>
        <source>No liveness check: a photo held up to the camera is not detected. Staff must look at the person themselves.</source>
        <translation>不进行活体检测：在摄像头前举起的照片不会被发现。工作人员须亲自查看本人。</translation>
    </message>
    <message>
        <source>Before the pictures for enrollment are taken, and when a face result needs a manual review, the person is asked to turn the head or blink.</source>
        <translation>在为录入拍摄人脸图像之前，以及人脸识别结果需要人工复核时，会请本人转头或眨眼。</translation>
    </message>
    <message>
        <source>Before the pictures for enrollment are taken and before every face verification, the person is asked to turn the head or blink.</source>
        <translation>在为录入拍摄人脸图像之前以及每次人脸验证之前，都会请本人转头或眨眼。</translation>
    </message>
</context>
<context>
    <name>LocalizedFileModel</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1文件</translation>
    </message>
</context>
<context>
    <name>LockoutFile</name>
    <message>
        <source>The wrong-password counter file</source>
        <translation>密码错误计数文件</translation>
    </message>
    <message>
        <source>The wrong-password counter in "%1" cannot be locked, so no password was checked. Check that the data folder is writable and try again.</source>
        <translation>无法锁定“%1”中的密码错误计数，因此未核对密码。请检查数据文件夹是否可写，然后重试。</translation>
    </message>
    <message>
        <source>The wrong-password counter file "%1" is damaged, so no password was checked. Delete that file and try again; the reset is recorded in the audit log.</source>
        <translation>密码错误计数文件“%1”已损坏，因此未核对密码。请删除该文件后重试；此次重置将记入审计日志。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for "%1". Wait %2 seconds and try again, or use the recovery key.</source>
        <translation>“%1”的密码错误次数过多。请等待%2秒后重试，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>No password was checked, because the wrong-password counter could not be saved: %1</source>
        <translation>未核对密码，因为无法保存密码错误计数：%1</translation>
    </message>
</context>
<context>
    <name>ManualContent</name>
    <message>
        <source>`~/.local/share/consentry` on Linux, `%LOCALAPPDATA%\consentry` on Windows (or the folder given with `--data-dir`); the status bar shows it</source>
        <translation>Linux 上为 `~/.local/share/consentry`，Windows 上为 `%LOCALAPPDATA%\consentry`（或用 `--data-dir` 指定的文件夹）；状态栏中会显示该文件夹</translation>
    </message>
    <message>
        <source>the folder given with `--model-dir`, the folder in the environment variable `CONSENTRY_MODEL_DIR`, `/usr/share/consentry/models` (Linux) or `models` beside the program (Windows), and `models` inside the data folder</source>
        <translation>用 `--model-dir` 指定的文件夹、环境变量 `CONSENTRY_MODEL_DIR` 中的文件夹、`/usr/share/consentry/models`（Linux）或程序旁的 `models` 文件夹（Windows），以及数据文件夹中的 `models` 文件夹</translation>
    </message>
    <message>
        <source>%1 user manual</source>
        <translation>%1用户手册</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>The model card %1 is invalid (%2); reinstall Consentry.</source>
        <translation>模型说明%1无效（%2）；请重新安装 Consentry。</translation>
    </message>
    <message>
        <source>The model card %1 could not be read; reinstall Consentry.</source>
        <translation>无法读取模型说明%1；请重新安装 Consentry。</translation>
    </message>
    <message>
        <source>The model card</source>
        <translation>模型说明文件</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>The model file %1 could not be read; check that it exists and is readable.</source>
        <translation>无法读取模型文件%1；请确认该文件存在且可读。</translation>
    </message>
    <message>
        <source>No model card is called "%1".</source>
        <translation>没有名为“%1”的模型说明。</translation>
    </message>
    <message>
        <source>The model file %1 has %2 bytes but its model card expects %3; it was not used. Replace it with the original file.</source>
        <translation>模型文件%1有%2字节，但其模型说明要求%3字节；该文件未被使用。请用原始文件替换。</translation>
    </message>
    <message>
        <source>The model file %1 does not match its model card (SHA-256 %2, expected %3); it was not used. Replace it with the original file.</source>
        <translation>模型文件%1与其模型说明不符（SHA-256为%2，应为%3）；该文件未被使用。请用原始文件替换。</translation>
    </message>
    <message>
        <source>The model file %1 was not found in %2.</source>
        <translation>在%2中未找到模型文件%1。</translation>
    </message>
    <message>
        <source>No face model of this kind was found.</source>
        <translation>未找到此类人脸模型。</translation>
    </message>
</context>
<context>
    <name>NewFolder</name>
    <message>
        <source>The folder %1 cannot be created. Check the path and the permissions.</source>
        <translation>无法创建文件夹%1。请检查路径和权限。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1是文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>NoticeCommand</name>
    <message>
        <source>Print a published notice version (default: the one in force) in the language of --lang.</source>
        <translation>按 --lang 指定的语言显示已公布的告知书版本（默认为现行版本）。</translation>
    </message>
    <message>
        <source>--version V names the notice version (as "status" and the consent records show it).</source>
        <translation>--version V 指定告知书版本（即“status”和同意记录中显示的版本号）。</translation>
    </message>
    <message>
        <source>The notice version to print.</source>
        <translation>要显示的告知书版本。</translation>
    </message>
    <message>
        <source>Say what to do with the notice: show.</source>
        <translation>请说明对告知书执行的操作：show。</translation>
    </message>
    <message>
        <source>--version needs the notice version, for example --version 2.</source>
        <translation>--version 需要告知书版本号，例如 --version 2。</translation>
    </message>
    <message>
        <source>The command "notice show" does not take the argument "%1".</source>
        <translation>命令“notice show”不接受参数“%1”。</translation>
    </message>
    <message>
        <source>Notice version %1, published %2, SHA-256 %3</source>
        <translation>告知书第%1版，公布于%2，SHA-256：%3</translation>
    </message>
</context>
<context>
    <name>OpenSetThreshold</name>
    <message>
        <source>There are too few comparisons between different people (%1) to measure how high impostor scores reach; %2 are needed.</source>
        <translation>不同人之间的比较次数（%1）太少，无法测定其分数能达到多高；至少需要%2次。</translation>
    </message>
    <message>
        <source>The impostor scores are all equal, so their tail cannot be measured.</source>
        <translation>不同人之间的比较分数全部相同，无法测定其尾部分布。</translation>
    </message>
    <message>
        <source>The impostor tail (from, share, mean_excess, pairs) is missing or out of range.</source>
        <translation>不同人之间比较分数的尾部参数（from、share、mean_excess、pairs）缺失或超出范围。</translation>
    </message>
    <message>
        <source>this site's gallery</source>
        <translation>本场所的人脸库</translation>
    </message>
</context>
<context>
    <name>PaperConsent</name>
    <message>
        <source>The consent record has no "%1": add it.</source>
        <translation>同意记录缺少“%1”：请补上。</translation>
    </message>
    <message>
        <source>The consent record's "%1" must be a non-empty text.</source>
        <translation>同意记录的“%1”应当是非空文字。</translation>
    </message>
    <message>
        <source>The consent record has an unknown field "%1": remove it or check its spelling.</source>
        <translation>同意记录含有未知字段“%1”：请删除或检查拼写。</translation>
    </message>
    <message>
        <source>The consent record's "decision" is "%1": face data may be enrolled only when it is "granted".</source>
        <translation>同意记录的“decision”为“%1”：只有为“granted”时才能登记人脸信息。</translation>
    </message>
    <message>
        <source>The consent record's "signed_at" is not an ISO-8601 time such as 2026-03-01T10:00:00+08:00.</source>
        <translation>同意记录的“signed_at”不是 ISO-8601时间（例如2026-03-01T10:00:00+08:00）。</translation>
    </message>
    <message>
        <source>The consent record's "notice_language" must be zh_CN or en.</source>
        <translation>同意记录的“notice_language”应当是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The consent record's "date_of_birth" is not a date such as 2015-02-01.</source>
        <translation>同意记录的“date_of_birth”不是日期（例如2015-02-01）。</translation>
    </message>
    <message>
        <source>The consent record's "guardian" must be an object with "name" and "relation".</source>
        <translation>同意记录的“guardian”应当是包含“name”和“relation”的对象。</translation>
    </message>
    <message>
        <source>The consent record's "guardian" has an unknown field "%1".</source>
        <translation>同意记录的“guardian”含有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The consent record's "guardian" needs both "name" and "relation".</source>
        <translation>同意记录的“guardian”应当同时包含“name”和“relation”。</translation>
    </message>
    <message>
        <source>The consent record's "evidence" must be a text.</source>
        <translation>同意记录的“evidence”应当是文字。</translation>
    </message>
    <message>
        <source>The consent record "%1" does not exist: without a signed consent nothing is enrolled.</source>
        <translation>同意记录“%1”不存在：没有已签署的同意，不登记任何内容。</translation>
    </message>
    <message>
        <source>The consent record "%1" is not a JSON object (%2).</source>
        <translation>同意记录“%1”不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>The consent record's "notice_version" %1 (%2) was never published in this store; "consentry-cli status" shows the version in force.</source>
        <translation>同意记录的“notice_version”%1（%2）从未在本数据库中发布；“consentry-cli status”可显示现行版本。</translation>
    </message>
    <message>
        <source>The consent record's "signed_at" is in the future.</source>
        <translation>同意记录的“signed_at”是将来的时间。</translation>
    </message>
    <message>
        <source>The consent record's "signed_at" is before notice version %1 was published.</source>
        <translation>同意记录的“signed_at”早于告知书版本%1的发布时间。</translation>
    </message>
    <message>
        <source>The consent record's "witness" "%1" is not a user of this store.</source>
        <translation>同意记录的“witness”“%1”不是本系统的用户。</translation>
    </message>
    <message>
        <source>paper consent form</source>
        <translation>纸质同意书</translation>
    </message>
    <message>
        <source>The consent record</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>The consent record's "expected_move_out" is not a date such as 2026-03-05.</source>
        <translation>同意记录中的“expected_move_out”不是有效日期（例如2026-03-05）。</translation>
    </message>
    <message>
        <source>The consent record's "under_14" must be true or false.</source>
        <translation>同意记录中的“under_14”应当为 true 或 false。</translation>
    </message>
    <message>
        <source>The consent record answers no age question: add "date_of_birth" or "under_14" (true or false).</source>
        <translation>同意记录未回答年龄问题：请添加“date_of_birth”或“under_14”（true 或 false）。</translation>
    </message>
    <message>
        <source>The consent record has both "date_of_birth" and "under_14": keep one.</source>
        <translation>同意记录同时包含“date_of_birth”和“under_14”：请只保留一项。</translation>
    </message>
    <message>
        <source>The consent record is for a child under 14: "signer" must be the guardian "%1", who signs in their own name.</source>
        <translation>该同意记录涉及不满十四周岁的被监护人：“signer”应当为监护人“%1”，由监护人以本人名义签名。</translation>
    </message>
    <message>
        <source>The paper form records a refusal: enter the other way the person chose.</source>
        <translation>纸质同意书记录的是不同意：请填写本人选择的其他身份验证方式。</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>密码长度超过%1字节。</translation>
    </message>
    <message>
        <source>No password was given: use --password-stdin or CONSENTRY_PASSWORD, or run the command in a terminal.</source>
        <translation>未提供密码：请使用 --password-stdin 或 CONSENTRY_PASSWORD，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>两次输入的密码不一致；未创建任何内容。</translation>
    </message>
    <message>
        <source>No new password was given: write it as the next line of standard input.</source>
        <translation>未提供新密码：请将其写在标准输入的下一行。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>PrintCanvas</name>
    <message>
        <source>Only a program that has loaded its fonts can draw pages; this is a bug, please report it.</source>
        <translation>只有已加载字体的程序才能绘制页面；这是程序缺陷，请报告。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing; check that it is available and try again.</source>
        <translation>无法打开打印机或文件进行绘制；请确认其可用后重试。</translation>
    </message>
    <message>
        <source>A new page could not be started on the printer or in the file.</source>
        <translation>无法在打印机或文件中开始新的一页。</translation>
    </message>
    <message>
        <source>The pages could not be finished on the printer or in the file; check the printer or the disk and try again.</source>
        <translation>无法在打印机或文件中完成这些页面；请检查打印机或磁盘后重试。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2. Choose another file or folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件或文件夹。</translation>
    </message>
</context>
<context>
    <name>PrintFonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text may print as empty boxes; install fonts-noto-cjk (Linux) or a Chinese font and try again.</source>
        <translation>未安装中文字体，中文可能打印为空白方框；请安装 fonts-noto-cjk（Linux）或其他中文字体后重试。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Replace the site profile from a JSON file and publish the notice it makes (manager only).</source>
        <translation>用 JSON 文件替换场所信息，并公布据此生成的告知书（仅限管理人员）。</translation>
    </message>
    <message>
        <source>The site profile as a JSON file.</source>
        <translation>场所信息 JSON 文件。</translation>
    </message>
    <message>
        <source>Say what to do with the site profile: set.</source>
        <translation>请说明对场所信息执行的操作：set。</translation>
    </message>
    <message>
        <source>The site profile was saved.</source>
        <translation>场所信息已保存。</translation>
    </message>
    <message>
        <source>No notice is published until the profile states %1.</source>
        <translation>在场所信息载明%1之前，不会公布告知书。</translation>
    </message>
    <message>
        <source>Notice version %1 is now in force.</source>
        <translation>第%1版告知书现已生效。</translation>
    </message>
    <message>
        <source>The notice did not change (version %1 stays in force).</source>
        <translation>告知书未变更（第%1版继续有效）。</translation>
    </message>
    <message numerus="yes">
        <source>This change is material: %n person(s) must read the new notice and consent again before their face data is used; without renewal it is deleted after %1 days.</source>
        <translation>
            <numerusform>此项变更属于重大变更：%n人应当阅读新告知书并重新作出同意，之后才会继续使用其人脸信息；未重新同意的，%1天后删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the signs and paper forms again: the ones on display state the previous version.</source>
        <translation>请重新打印显著提示标识和纸质同意书：现在张贴的内容是上一版。</translation>
    </message>
</context>
<context>
    <name>PurgeExpiredCommand</name>
    <message>
        <source>Apply the retention policy now: delete the face templates whose retention period has ended.</source>
        <translation>立即执行保存期限规则：删除保存期限已满的人脸特征模板。</translation>
    </message>
    <message>
        <source>Retention applied: %1 templates of %2 residents deleted.</source>
        <translation>已执行保存期限规则：删除了%2名住户的%1个模板。</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no web address to put in the QR code.</source>
        <translation>没有可放入二维码的网址。</translation>
    </message>
    <message>
        <source>The web address is too long for a QR code; use a shorter address.</source>
        <translation>网址太长，无法生成二维码；请使用较短的网址。</translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>No face found: please look at the camera.</source>
        <translation>未检测到人脸：请看向摄像头。</translation>
    </message>
    <message>
        <source>Only one person please.</source>
        <translation>请只允许一人入镜。</translation>
    </message>
    <message>
        <source>Move closer.</source>
        <translation>请靠近一些。</translation>
    </message>
    <message>
        <source>Move to the centre of the picture.</source>
        <translation>请移到画面中央。</translation>
    </message>
    <message>
        <source>Too dark: turn on a light or face the light.</source>
        <translation>光线太暗：请开灯或面向光源。</translation>
    </message>
    <message>
        <source>Too bright: move out of direct light.</source>
        <translation>光线太亮：请避开直射光。</translation>
    </message>
    <message>
        <source>The picture is blurred: hold still, or clean the camera lens.</source>
        <translation>画面模糊：请保持不动，或擦拭摄像头镜头。</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>请正对摄像头。</translation>
    </message>
    <message>
        <source>Keep your head straight.</source>
        <translation>请保持头部端正。</translation>
    </message>
    <message>
        <source>Look straight ahead, not up or down.</source>
        <translation>请平视前方，不要抬头或低头。</translation>
    </message>
</context>
<context>
    <name>ReceiptDocuments</name>
    <message>
        <source>Keep this receipt. It contains no face data.</source>
        <translation>请保留本回执。本回执不含人脸信息。</translation>
    </message>
    <message>
        <source>Personal information handler</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Questions or complaints</source>
        <translation>咨询或投诉</translation>
    </message>
    <message>
        <source>Receipt: withdrawal of consent and deletion of face data</source>
        <translation>回执：撤回同意并删除人脸信息</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit or room</source>
        <translation>单元或房间</translation>
    </message>
    <message>
        <source>Resident number</source>
        <translation>住户编号</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Consent withdrawn at</source>
        <translation>撤回同意时间</translation>
    </message>
    <message>
        <source>Consents withdrawn</source>
        <translation>撤回的同意数</translation>
    </message>
    <message>
        <source>Face templates deleted</source>
        <translation>删除的人脸特征模板数</translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Audit record number</source>
        <translation>审计记录编号</translation>
    </message>
    <message>
        <source>Your consent to facial recognition has been withdrawn. Your face templates were deleted from this site's computer at the time shown above, in the same step as the withdrawal, and are no longer used to recognise you. You can keep using the other ways of verifying your identity. The record of your consent and of its withdrawal is kept as proof of how your personal information was handled; it contains no face data.</source>
        <translation>您已撤回对人脸识别的同意。您的人脸特征模板已在上述时间、与撤回同意同一步骤中从本场所的计算机上删除，不再用于识别您。您可继续使用其他身份验证方式。您的同意及撤回同意的记录将作为个人信息处理情况的证明予以保留，其中不含人脸信息。</translation>
    </message>
    <message>
        <source>Staff signature</source>
        <translation>工作人员签名</translation>
    </message>
    <message>
        <source>Receipt: deletion of personal information</source>
        <translation>回执：删除个人信息</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Consent records deleted</source>
        <translation>删除的同意记录数</translation>
    </message>
    <message>
        <source>Your personal information held by this site (your details, consent records and face templates) was deleted at the time shown above. Only the audit trail keeps a record that this deletion happened, under your resident number; it contains no face data.</source>
        <translation>本场所持有的您的个人信息（基本信息、同意记录和人脸特征模板）已于上述时间删除。仅审计日志以您的住户编号记录了此次删除，其中不含人脸信息。</translation>
    </message>
    <message>
        <source>Consent of %1 (resident %2) withdrawn at %3: %4 face templates deleted at once (audit record %5).</source>
        <translation>%1（住户%2）已于%3撤回同意：%4个人脸特征模板已立即删除（审计记录%5）。</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key contains "%1", which is not one of its characters. Check the printed key and type it again.</source>
        <translation>恢复密钥中含有“%1”，这不是恢复密钥使用的字符。请核对打印的密钥后重新输入。</translation>
    </message>
    <message>
        <source>A recovery key has 36 characters in 9 groups of four; this one has %1. Check the printed key and type it again.</source>
        <translation>恢复密钥共36个字符，分为9组、每组4个；此处输入了%1个。请核对打印的密钥后重新输入。</translation>
    </message>
    <message>
        <source>The recovery key has a typo (its check group does not match). Check the printed key and type it again.</source>
        <translation>恢复密钥有输入错误（校验组不匹配）。请核对打印的密钥后重新输入。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the signed impact assessment or the filing pack, or show the compliance centre.</source>
        <translation>输出已签署的个人信息保护影响评估或备案材料，或显示合规中心。</translation>
    </message>
    <message>
        <source>report pia writes the newest signed impact assessment as a PDF (exit 4 when none is signed). report filing writes filing-pack.pdf and filing-pack.json into the folder: the five materials of a filing with the cyberspace office. --language sets the documents' language (default: Chinese and English for the assessment, Chinese for the filing pack).</source>
        <translation>report pia将最新签署的个人信息保护影响评估输出为PDF（尚未签署时退出码为4）。report filing在文件夹中写入filing-pack.pdf和filing-pack.json，即向网信部门备案的五项材料。--language设置文档语言（默认：影响评估为中英文，备案材料为中文）。</translation>
    </message>
    <message>
        <source>The PDF file (pia) or the folder (filing) to write.</source>
        <translation>要写入的PDF文件（pia）或文件夹（filing）。</translation>
    </message>
    <message>
        <source>The documents' language: zh_CN, en or zh_CN+en.</source>
        <translation>文档语言：zh_CN、en或zh_CN+en。</translation>
    </message>
    <message>
        <source>Say which report to write: pia, filing or compliance.</source>
        <translation>请说明要输出的报告：pia、filing或compliance。</translation>
    </message>
    <message>
        <source>Unknown document language "%1": use zh_CN, en or zh_CN+en.</source>
        <translation>未知的文档语言“%1”：请使用zh_CN、en或zh_CN+en。</translation>
    </message>
    <message>
        <source>Unknown report "%1": use pia, filing or compliance.</source>
        <translation>未知的报告“%1”：请使用pia、filing或compliance。</translation>
    </message>
    <message>
        <source>No impact assessment has been signed yet; nothing was written.</source>
        <translation>尚未签署个人信息保护影响评估；未写入任何文件。</translation>
    </message>
    <message>
        <source>Wrote version %1 of the impact assessment, signed by %2 on %3, to %4.</source>
        <translation>已将%2于%3签署的第%1版个人信息保护影响评估写入%4。</translation>
    </message>
    <message>
        <source>Wrote the filing pack to %1.</source>
        <translation>已将备案材料写入%1。</translation>
    </message>
</context>
<context>
    <name>ResidentOption</name>
    <message>
        <source>The resident's number (see the people screen).</source>
        <translation>住户编号（见住户页面）。</translation>
    </message>
    <message>
        <source>"%1" is not a resident number: give the number shown on the people screen.</source>
        <translation>“%1”不是住户编号：请填写住户页面上显示的编号。</translation>
    </message>
</context>
<context>
    <name>ResidentService</name>
    <message>
        <source>The resident's name must not be empty.</source>
        <translation>住户姓名不能为空。</translation>
    </message>
    <message>
        <source>The resident's name or unit is too long.</source>
        <translation>住户姓名或房号过长。</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>出生日期在未来。</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <source>There is no resident with id %1.</source>
        <translation>不存在编号为%1的住户。</translation>
    </message>
    <message>
        <source>Face templates are kept only with a granted consent; nothing was saved.</source>
        <translation>只有在取得同意后才保存人脸信息模板；未保存任何内容。</translation>
    </message>
    <message>
        <source>The number of days must not be negative.</source>
        <translation>天数不能为负数。</translation>
    </message>
    <message>
        <source>The consent refers to a notice version that does not exist.</source>
        <translation>该同意记录引用的告知书版本不存在。</translation>
    </message>
    <message>
        <source>The consent has no signer.</source>
        <translation>该同意记录缺少签署人。</translation>
    </message>
    <message>
        <source>The consent has no signing time.</source>
        <translation>该同意记录缺少签署时间。</translation>
    </message>
    <message>
        <source>The consent's signing time is in the future.</source>
        <translation>该同意记录的签署时间在未来。</translation>
    </message>
    <message>
        <source>The witness "%1" is not a user of this store.</source>
        <translation>经办人“%1”不是本系统的用户。</translation>
    </message>
    <message>
        <source>A declined consent must record the alternative way of verification offered.</source>
        <translation>拒绝同意时，须记录所提供的其他身份验证方式。</translation>
    </message>
    <message>
        <source>A face template needs an engine and a vector.</source>
        <translation>人脸信息模板需要识别引擎和特征向量。</translation>
    </message>
    <message>
        <source>Resident %1 has no granted consent in force, so no face data may be stored.</source>
        <translation>住户%1没有有效的单独同意，不得保存其人脸信息。</translation>
    </message>
    <message>
        <source>No one can be asked for consent or enrolled</source>
        <translation>不能征求任何人的同意，也不能登记任何人</translation>
    </message>
    <message>
        <source>The consent was given on notice version %1, but the notice in force (version %2) changed what is done with face data; the person must read version %2 and consent again.</source>
        <translation>该同意是针对第%1版告知书作出的，而现行告知书（第%2版）改变了人脸信息的处理方式；本人应当阅读第%2版并重新作出同意。</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1过长（最多%2个字符）。</translation>
    </message>
    <message>
        <source>%1 contains control or text-direction characters; type it again as it is written.</source>
        <translation>%1含有控制字符或文字方向字符，请按实际写法重新输入。</translation>
    </message>
    <message>
        <source>The resident's name</source>
        <translation>被登记人姓名</translation>
    </message>
    <message>
        <source>The unit or room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>The date of birth %1 is more than %2 years ago; check it.</source>
        <translation>出生日期%1距今超过%2年，请核对。</translation>
    </message>
    <message>
        <source>Enter the guest's expected checkout date: at a hotel, face data is deleted a set number of days after checkout, so the date is needed before anything is saved.</source>
        <translation>请填写住客的预计退房日期：在酒店，人脸信息在退房后规定天数删除，因此保存任何信息之前需要这个日期。</translation>
    </message>
    <message>
        <source>There is no good face sample to store; capture again.</source>
        <translation>没有合格的人脸样本可保存；请重新采集。</translation>
    </message>
    <message>
        <source>Face data may be stored only with a granted consent; nothing was saved.</source>
        <translation>只有取得同意后才能保存人脸信息；未保存任何内容。</translation>
    </message>
    <message>
        <source>Resident %1 has no granted consent in force, so no face data may be stored. Ask for consent again first.</source>
        <translation>住户%1没有有效的单独同意，不得保存人脸信息。请先重新征得单独同意。</translation>
    </message>
    <message>
        <source>Resident %1 has no consent waiting for renewal.</source>
        <translation>编号为%1的人员没有需要重新同意的记录。</translation>
    </message>
    <message>
        <source>A renewed consent must be given on the notice in force (version %1).</source>
        <translation>重新同意应当针对现行告知书（第%1版）作出。</translation>
    </message>
    <message>
        <source>The witness "%1" is an auditor; a consent is witnessed by staff or a manager.</source>
        <translation>经办人“%1”是审计人员；同意应当由工作人员或管理员经办。</translation>
    </message>
    <message>
        <source>The signer's name</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <source>The guardian's name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>The guardian's relation</source>
        <translation>监护人与被监护人的关系</translation>
    </message>
    <message>
        <source>The witness</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>The alternative</source>
        <translation>其他身份验证方式</translation>
    </message>
    <message>
        <source>The evidence note</source>
        <translation>凭证说明</translation>
    </message>
    <message>
        <source>With this date of birth the consent in force was not given by the right person (a child under 14 needs the guardian's consent); take a new consent first, then change the date of birth.</source>
        <translation>按此出生日期，现行同意并非由有权同意的人作出（不满十四周岁的，应当取得监护人的单独同意）；请先重新取得同意，再更改出生日期。</translation>
    </message>
    <message>
        <source>%1 has no consent in force and no face data: there is nothing to withdraw.</source>
        <translation>%1没有有效的同意，也没有人脸信息，无需撤回。</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>被登记人%1</translation>
    </message>
    <message>
        <source>There is no receipt to keep.</source>
        <translation>没有需要保存的回执。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>the backup's manager</source>
        <translation>备份中的管理员</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1的密码：</translation>
    </message>
    <message>
        <source>Restore a backup into an empty folder (given with --data-dir), or with --replace over the same store, re-applying every deletion made after the backup; all of it is verified first.</source>
        <translation>将备份恢复到空文件夹（由 --data-dir 指定），或使用 --replace 覆盖同一数据库，并重新执行备份之后的每一项删除；恢复前先完整校验。</translation>
    </message>
    <message>
        <source>Replace the store in --data-dir (the same store, an older state): withdrawals, deletions and purges made since the backup are applied again.</source>
        <translation>覆盖 --data-dir 中的数据库（同一数据库的较早状态）：备份之后的撤回同意、删除和到期删除将重新执行。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Front-desk staff</source>
        <translation>前台员工</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>SampleCollector</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>请看摄像头。</translation>
    </message>
    <message>
        <source>Good. Now turn or tilt your head very slightly.</source>
        <translation>很好。请稍微转动或歪一下头。</translation>
    </message>
    <message>
        <source>Only the person who is enrolling should be in front of the camera.</source>
        <translation>摄像头前只能有正在登记的本人。</translation>
    </message>
    <message>
        <source>All samples taken. Thank you.</source>
        <translation>已采集完毕，谢谢。</translation>
    </message>
</context>
<context>
    <name>SaveFileWriter</name>
    <message>
        <source>The disk is full: "%1" was not written and nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满：未写入“%1”，也未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>"%1" could not be written (%2); nothing was changed. Check that the folder is writable.</source>
        <translation>无法写入“%1”（%2）；未做任何更改。请确认该文件夹可写。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This database was written by a newer version of Consentry (schema %1; this version knows up to %2). It was left untouched: install the newer version.</source>
        <translation>此数据库由更新版本的 Consentry 写入（结构版本%1；本版本最高支持%2）。数据库未被改动：请安装新版本。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Signage</source>
        <translation>提示标识</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shows the camera picture with face boxes and hints for a good photo.</source>
        <translation>显示摄像头画面、人脸框以及采集清晰人脸图像的提示。</translation>
    </message>
    <message>
        <source>Shows the notice, records the resident's separate consent or chosen alternative, and only then captures face samples.</source>
        <translation>先展示告知书，记录住户的单独同意或所选的其他身份验证方式，然后才采集人脸样本。</translation>
    </message>
    <message>
        <source>Lists residents, their consents and face templates; withdrawal, retention, export and deletion.</source>
        <translation>列出住户及其同意记录和人脸特征模板；撤回同意、保存期限、导出和删除。</translation>
    </message>
    <message>
        <source>Recognises residents at the desk, with another way of verifying identity always available.</source>
        <translation>在前台识别住户，并始终提供其他身份验证方式。</translation>
    </message>
    <message>
        <source>Prints the bilingual compliance signs required where facial recognition is used.</source>
        <translation>打印使用人脸识别的场所应当张贴的中英双语提示标识。</translation>
    </message>
    <message>
        <source>Charts and compliance reports: enrollments, withdrawals, verifications and data due for deletion.</source>
        <translation>图表和合规报告：录入、撤回同意、核验以及即将到期应删除的数据。</translation>
    </message>
    <message>
        <source>The tamper-evident record of every act on personal information, with a chain check.</source>
        <translation>对个人信息每一次处理的防篡改记录，并可校验记录链。</translation>
    </message>
    <message>
        <source>Site profile, users and roles, camera and recognition engine.</source>
        <translation>场所信息、用户与角色、摄像头和识别引擎。</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规中心</translation>
    </message>
    <message>
        <source>Every legal obligation with its status and fix: notice, signs, devices, impact assessment, filing, retention, backups and the audit log.</source>
        <translation>每项法定义务的状态及处理方法：告知书、标识、设备、影响评估、备案、保存期限、备份和审计日志。</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The stored maximum template age "%1" is not valid. Set it again in the settings.</source>
        <translation>已保存的模板最长保存期限“%1”无效。请在设置中重新设定。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The idle lock must be between %1 and %2 minutes.</source>
        <translation>空闲锁定时间须在%1到%2分钟之间。</translation>
    </message>
    <message>
        <source>The notice %1 has no text in the language %2.</source>
        <translation>告知书%1没有%2语言的文本。</translation>
    </message>
    <message>
        <source>A notice needs a version name and at least one text.</source>
        <translation>告知书需要版本名称和至少一种语言的文本。</translation>
    </message>
    <message>
        <source>The notice version %1 already exists and cannot be changed; publish a new version.</source>
        <translation>告知书版本%1已存在且不可更改；请发布新版本。</translation>
    </message>
    <message>
        <source>The maximum template age must be between 1 and %1 days.</source>
        <translation>模板最长保存期限应当在1至%1天之间。</translation>
    </message>
    <message>
        <source>There is no notice version with id %1.</source>
        <translation>不存在编号为%1的告知书版本。</translation>
    </message>
    <message>
        <source>No notice has been published yet: the site profile does not state %1.</source>
        <translation>尚未公布告知书：场所信息未载明%1。</translation>
    </message>
    <message>
        <source>The recognition engine has no name.</source>
        <translation>人脸识别引擎没有名称。</translation>
    </message>
    <message>
        <source>The recognition engine has changed (now %1): notice version %2 is published; no consent in force needed renewal.</source>
        <translation>人脸识别引擎已更换（现为%1）：已发布第%2版告知书；没有需要重新取得的有效同意。</translation>
    </message>
    <message numerus="yes">
        <source>The recognition engine has changed (now %1): notice version %2 is published and %n consent(s) in force need renewal before those people are recognised again.</source>
        <translation>
            <numerusform>人脸识别引擎已更换（现为%1）：已发布第%2版告知书，%n项有效的同意需要重新取得，相关人员重新同意后才会再被识别。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignageCommand</name>
    <message>
        <source>Render a facial-recognition compliance sign to PDF from the site profile.</source>
        <translation>根据场所信息生成人脸识别合规提示标识（PDF）。</translation>
    </message>
    <message>
        <source>The sign: poster-a4 (wall poster), counter-a5 (front-desk card) or label-a6 (device label).</source>
        <translation>标识样式：poster-a4（墙面海报）、counter-a5（前台台卡）或 label-a6（设备标签）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Read the site profile from this JSON file instead of the encrypted store (no password needed).</source>
        <translation>从此 JSON 文件读取场所信息，而不是从加密存储读取（无需密码）。</translation>
    </message>
    <message>
        <source>Paper size: A4, A5, A6 or Letter (default: the sign's own size). A small sign on larger paper gets cut marks.</source>
        <translation>纸张大小：A4、A5、A6或 Letter（默认：标识自身的尺寸）。小标识打印在较大纸张上时会带裁切标记。</translation>
    </message>
    <message>
        <source>An image file (PNG or JPEG) to show as the site's logo.</source>
        <translation>作为场所标志显示的图片文件（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>Unknown layout "%1": use poster-a4, counter-a5 or label-a6.</source>
        <translation>未知的标识样式“%1”：请使用 poster-a4、counter-a5或 label-a6。</translation>
    </message>
    <message>
        <source>Unknown sign language "%1": use zh_CN, en or zh_CN+en.</source>
        <translation>未知的标识语言“%1”：请使用 zh_CN、en 或 zh_CN+en。</translation>
    </message>
    <message>
        <source>Unknown paper size "%1": use A4, A5, A6 or Letter.</source>
        <translation>未知的纸张大小“%1”：请使用 A4、A5、A6或 Letter。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sign to %1 (%n page(s)).</source>
        <translation>
            <numerusform>已将标识写入%1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registered device the sign is for (its number in devices list): the sign states where it is, and the print is recorded for it.</source>
        <translation>标识对应的已登记设备（devices list中的编号）：标识上载明设备位置，并为该设备记录此次打印。</translation>
    </message>
    <message>
        <source>The device number "%1" is not a positive whole number.</source>
        <translation>设备编号“%1”不是正整数。</translation>
    </message>
    <message>
        <source>--device needs the store: leave out --profile.</source>
        <translation>--device需要打开数据库：请不要同时使用--profile。</translation>
    </message>
</context>
<context>
    <name>SignageRenderer</name>
    <message>
        <source>The text of "%1" does not fit on the %2 even at the smallest legible size; shorten it or choose a larger layout.</source>
        <translation>即使使用最小可读字号，“%1”的内容也无法放入%2；请缩短内容或选择更大的样式。</translation>
    </message>
    <message>
        <source>The logo "%1" could not be read and is left out.</source>
        <translation>无法读取标志图片“%1”，已省略。</translation>
    </message>
    <message>
        <source>The notice web address is too long for a QR code that phones can scan on the %1; use a shorter address.</source>
        <translation>告知书网址太长，在%1上生成的二维码手机难以扫描；请使用较短的网址。</translation>
    </message>
</context>
<context>
    <name>SignageSpec</name>
    <message>
        <source>Wall poster (A4)</source>
        <translation>墙面海报（A4）</translation>
    </message>
    <message>
        <source>Front-desk card (A5)</source>
        <translation>前台台卡（A5）</translation>
    </message>
    <message>
        <source>Device label (A6)</source>
        <translation>设备标签（A6）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297毫米）</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5（148 × 210毫米）</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6（105 × 148毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11英寸）</translation>
    </message>
    <message>
        <source>The site profile has no "%1", which the sign must show; fill it in and try again.</source>
        <translation>场所信息中缺少“%1”，而标识应当显示此项；请填写后重试。</translation>
    </message>
    <message>
        <source>The logo image "%1" does not exist; choose another file or no logo.</source>
        <translation>标志图片“%1”不存在；请选择其他文件或不使用标志。</translation>
    </message>
    <message>
        <source>The logo "%1" is not an image Consentry can read; use a PNG or JPEG file.</source>
        <translation>Consentry 无法读取标志图片“%1”；请使用 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The logo image</source>
        <translation>标志图像</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>The site profile field "%1" must be text.</source>
        <translation>场所信息中的字段“%1”应当是文字。</translation>
    </message>
    <message>
        <source>The site profile field "%1" is longer than %2 characters.</source>
        <translation>场所信息中的字段“%1”超过了%2个字符。</translation>
    </message>
    <message>
        <source>The site profile field "alternatives" must be a list of texts.</source>
        <translation>场所信息中的字段“alternatives”应当是文字列表。</translation>
    </message>
    <message>
        <source>The site profile has an unknown field "%1".</source>
        <translation>场所信息中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The site profile "%1" is not a valid JSON object (%2).</source>
        <translation>场所信息文件“%1”不是有效的 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>The site profile field "notice_url" must be a web address starting with https:// followed by a host name, such as https://example.cn/notice.</source>
        <translation>场所信息中的告知书网址应当以 https:// 开头并包含主机名，例如 https://example.cn/notice。</translation>
    </message>
    <message>
        <source>The site profile</source>
        <translation>场所信息</translation>
    </message>
    <message>
        <source>The site profile field "%1" must be a whole number of days from 1 to %2: keeping face data forever is not allowed.</source>
        <translation>场所信息中的字段“%1”应当是1至%2之间的整数天数：不得无限期保存人脸信息。</translation>
    </message>
    <message>
        <source>The site profile field "%1" must be a whole number of days from 1 to %2.</source>
        <translation>场所信息中的字段“%1”应当是1至%2之间的整数天数。</translation>
    </message>
    <message>
        <source>The site profile field "%1" must be a whole number of days from %2 to %3: records of processing are kept at least three years.</source>
        <translation>场所信息中的字段“%1”应当是%2至%3之间的整数天数：处理记录至少保存三年。</translation>
    </message>
    <message>
        <source>The site profile field "site_type" must be "hotel" or "compound".</source>
        <translation>场所信息中的字段“site_type”应当是“hotel”（酒店）或“compound”（住宅小区）。</translation>
    </message>
    <message>
        <source>The site profile field "verification_mode" must be "one_to_one" or "one_to_many".</source>
        <translation>场所信息中的字段“verification_mode”应当是“one_to_one”（一对一核验）或“one_to_many”（一对多辨识）。</translation>
    </message>
    <message>
        <source>The notice web address must start with https:// followed by a host name, such as https://example.cn/notice.</source>
        <translation>告知书网址应当以 https:// 开头并包含主机名，例如 https://example.cn/notice。</translation>
    </message>
    <message>
        <source>the site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>the name of the personal information handler</source>
        <translation>个人信息处理者的名称</translation>
    </message>
    <message>
        <source>a contact (phone, email or address)</source>
        <translation>联系方式（电话、电子邮箱或地址）</translation>
    </message>
    <message>
        <source>the purpose of processing</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>the retention period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>the other ways to verify identity</source>
        <translation>其他身份验证方式</translation>
    </message>
    <message>
        <source>the longest retention period</source>
        <translation>最长保存期限</translation>
    </message>
    <message>
        <source>%1 until the site profile states %2: the notice would be incomplete. A manager can fill them in under Settings, Site profile.</source>
        <extracomment>%1: what is refused ("No one can be enrolled"); %2: the missing fields, e.g. "the purpose of processing, the retention period"</extracomment>
        <translation>在场所信息载明%2之前，%1：否则告知书不完整。管理人员可以在“设置”中的“场所信息”填写。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The retention period after move-out or checkout (%1 days) is longer than the longest retention period counted from enrollment (%2 days); face data is deleted at the earlier of the two, so the first could never apply. Shorten it or raise the longest period.</source>
        <translation>迁出或退房后的保存期限（%1天）长于自登记之日起的最长保存期限（%2天）；人脸信息在两者中较早的日期删除，前者永远不会适用。请缩短前者，或延长最长保存期限。</translation>
    </message>
    <message>
        <source>A hotel may keep a guest's face data at most %1 days after enrollment (%2 days were asked): a stay is short, and keeping it longer is not necessary for the purpose.</source>
        <translation>酒店自登记之日起最多保存住客的人脸信息%1天（所填为%2天）：住宿时间较短，保存更久并非实现处理目的所必需。</translation>
    </message>
    <message>
        <source>the notice web address</source>
        <translation>告知书网址</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>统计期间的开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>The period may be at most %1 days long.</source>
        <translation>统计期间最长为%1天。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Show the dashboard's numbers: people with face data against the filing threshold, decisions and verifications in a period, renewals and deletions due.</source>
        <translation>显示概览中的统计数据：存有人脸信息的人数与备案标准、一段期间内的同意决定和核验次数、需要重新取得同意及即将删除人脸信息的人数。</translation>
    </message>
    <message>
        <source>The period is the last N days up to today (default %1), counted by this computer's local day. People with face data, renewals and deletions due are counted as of now. Manager or auditor.</source>
        <translation>统计期间为截至今天的最近N天（默认%1天），按本机的本地日期计算。存有人脸信息的人数、需要重新取得同意的人数和即将删除的人数按当前状态统计。仅限管理员或审计员。</translation>
    </message>
    <message>
        <source>Count the last N days (1 to %1).</source>
        <translation>统计最近N天（1至%1）。</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1.</source>
        <translation>--days 应当是1至%1之间的整数。</translation>
    </message>
    <message>
        <source>  %1: %2 verified, %3 not verified</source>
        <translation>  %1：核验通过%2次，未通过%3次</translation>
    </message>
    <message>
        <source>People with face data: %1 (filing required from %2)</source>
        <translation>存有人脸信息的人数：%1（达到%2人应当备案）</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1至%2</translation>
    </message>
    <message>
        <source>Consents granted: %1, declined (alternative): %2, withdrawn: %3</source>
        <translation>单独同意：%1，不同意（改用其他方式）：%2，撤回同意：%3</translation>
    </message>
    <message>
        <source>Verifications: %1</source>
        <translation>核验次数：%1</translation>
    </message>
    <message>
        <source>Consents needing renewal: %1</source>
        <translation>需要重新取得同意：%1</translation>
    </message>
    <message>
        <source>Face data due for deletion in the next %1 days: %2</source>
        <translation>未来%1天内应当删除人脸信息的人数：%2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the store's schema version, counts, face engine and the notice version in force.</source>
        <translation>显示数据库结构版本、各项数量、人脸识别引擎及现行告知书版本。</translation>
    </message>
    <message>
        <source>Store: %1 (schema %2, SQLCipher %3)</source>
        <translation>数据库：%1（结构版本%2，SQLCipher %3）</translation>
    </message>
    <message>
        <source>Residents: %1, face templates: %2</source>
        <translation>住户：%1，人脸信息模板：%2</translation>
    </message>
    <message>
        <source>Consents in force: %1, withdrawn: %2</source>
        <translation>有效同意：%1，已撤回同意：%2</translation>
    </message>
    <message>
        <source>Notice version shown to residents: %1</source>
        <translation>向住户展示的告知书版本：%1</translation>
    </message>
    <message>
        <source>Audit events: %1</source>
        <translation>审计事件：%1</translation>
    </message>
    <message>
        <source>Face engine: %1</source>
        <translation>人脸识别引擎：%1</translation>
    </message>
    <message>
        <source>Consents waiting for renewal after a notice change: %1</source>
        <translation>告知书变更后等待重新同意：%1人</translation>
    </message>
    <message>
        <source>none yet (the site profile is incomplete)</source>
        <translation>尚无（场所信息不完整）</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保存期限：%1</translation>
    </message>
    <message>
        <source>Next deletion due: %1</source>
        <translation>下次删除日期：%1</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>There is no Consentry store in "%1". Create one with "consentry-cli init" or give --data-dir.</source>
        <translation>“%1”中没有 Consentry 数据库。请用“consentry-cli init”创建，或指定 --data-dir。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1的密码：</translation>
    </message>
</context>
<context>
    <name>StoreFolder</name>
    <message>
        <source>"%1" already holds a Consentry store (or part of one); nothing was changed. Choose an empty folder.</source>
        <translation>“%1”中已有 Consentry 数据库（或其一部分）；未做任何更改。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>"%1" could not be finished; nothing was kept. Check that the folder is writable.</source>
        <translation>“%1”未能完成，未保留任何内容。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete; it was not restored. Use another backup.</source>
        <translation>备份文件已损坏或不完整，未予恢复。请使用其他备份。</translation>
    </message>
    <message>
        <source>The backup's keyslots belong to another store than its database; it was not restored.</source>
        <translation>备份中的密钥槽与其数据库不属于同一个数据库实例，未予恢复。</translation>
    </message>
    <message>
        <source>This backup belongs to another store; it was not restored. Choose a backup of this store.</source>
        <translation>此备份属于另一个数据库实例，未予恢复。请选择本数据库的备份。</translation>
    </message>
    <message>
        <source>There is no user "%1" in this backup.</source>
        <translation>此备份中没有用户“%1”。</translation>
    </message>
    <message>
        <source>The password is empty. Type the password of "%1".</source>
        <translation>密码为空。请输入“%1”的密码。</translation>
    </message>
    <message>
        <source>The password for "%1" is wrong for this backup.</source>
        <translation>“%1”的密码与此备份不符。</translation>
    </message>
    <message>
        <source>"%1" is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>A backup is restored only into an empty folder, and "%1" is not empty; nothing was changed.</source>
        <translation>备份只能恢复到空文件夹，而“%1”不为空；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing can be written into "%1" (%2). Check its permissions.</source>
        <translation>无法向“%1”写入任何内容（%2）。请检查其权限。</translation>
    </message>
    <message>
        <source>The backup's database belongs to another store than its keyslots; it was not restored.</source>
        <translation>备份中的数据库与其密钥槽不属于同一个数据库实例，未予恢复。</translation>
    </message>
    <message>
        <source>Only a manager may restore a backup.</source>
        <translation>只有管理员可以恢复备份。</translation>
    </message>
    <message>
        <source>The restored database could not be moved into "%1".</source>
        <translation>无法将恢复的数据库移入“%1”。</translation>
    </message>
    <message>
        <source>An earlier restore into "%1" was interrupted and could not be undone; nothing was changed. Ask your administrator.</source>
        <translation>之前向“%1”的恢复被中断且无法撤销，未作任何更改。请联系管理员。</translation>
    </message>
    <message>
        <source>There is no complete store in "%1" to replace; restore into an empty folder instead (without --replace).</source>
        <translation>“%1”中没有可覆盖的完整数据库；请改为恢复到空文件夹（不使用 --replace）。</translation>
    </message>
    <message>
        <source>Nothing can be written into "%1". Check its permissions.</source>
        <translation>无法写入“%1”。请检查其权限。</translation>
    </message>
    <message>
        <source>The store in "%1" could not be moved aside; nothing was changed. Close Consentry and try again.</source>
        <translation>无法移开“%1”中的数据库，未作任何更改。请关闭 Consentry 后重试。</translation>
    </message>
    <message>
        <source>The restored database could not be moved into "%1"; nothing was changed.</source>
        <translation>恢复的数据库无法移入“%1”，未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The backup was taken on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>该备份创建于%1（%n天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>When the backup was taken cannot be told.</source>
        <translation>无法确定该备份的创建时间。</translation>
    </message>
    <message>
        <source>Restored the backup into %1 (%2 residents).</source>
        <translation>已将备份恢复到%1（%2位住户）。</translation>
    </message>
    <message>
        <source>A restore into an empty folder has no deletion ledger: withdrawals, deletions and purges made after the backup cannot be known here. Withdraw those residents again.</source>
        <translation>恢复到空文件夹时没有删除记录簿：无法得知备份之后的撤回同意、删除和到期删除。请为相关人员再次办理撤回同意。</translation>
    </message>
    <message>
        <source>Restored the backup over the store in %1 (%2 residents).</source>
        <translation>已用备份覆盖%1中的数据库（%2位住户）。</translation>
    </message>
    <message>
        <source>No deletion was made after the backup; nothing had to be re-applied.</source>
        <translation>备份之后没有删除操作，无需重新执行。</translation>
    </message>
    <message>
        <source>No deletion ledger was found beside the store, so deletions made after the backup could not be re-applied: withdraw those residents again.</source>
        <translation>数据库旁未找到删除记录簿，备份之后的删除无法重新执行：请为相关人员再次办理撤回同意。</translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n deletion(s) made after the backup (%1 resident(s), %2 face template(s) deleted, %3 consent(s) ended).</source>
        <translation>
            <numerusform>已重新执行备份之后的%n项删除（涉及%1人，删除%2个人脸特征模板，终止%3项同意）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident numbers: %1.</source>
        <translation>住户编号：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SyntheticSource</name>
    <message>
        <source>The synthetic camera is not connected.</source>
        <translation>模拟摄像头未连接。</translation>
    </message>
</context>
<context>
    <name>ThirdParty</name>
    <message>
        <source>this program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>windows, printing, PDF, translations</source>
        <translation>窗口、打印、PDF 和翻译</translation>
    </message>
    <message>
        <source>camera, face detection and face templates</source>
        <translation>摄像头、人脸检测和人脸特征模板</translation>
    </message>
    <message>
        <source>the encrypted database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>password hashing and key wrapping</source>
        <translation>密码哈希和密钥加密</translation>
    </message>
    <message>
        <source>QR codes on signs</source>
        <translation>提示标识上的二维码</translation>
    </message>
    <message>
        <source>Chinese text on screen and in printed documents</source>
        <translation>屏幕上和打印文件中的中文</translation>
    </message>
    <message>
        <source>face model: detection</source>
        <translation>人脸模型：人脸检测</translation>
    </message>
    <message>
        <source>face model: face templates</source>
        <translation>人脸模型：人脸特征模板</translation>
    </message>
    <message>
        <source>the Dashboard's charts (the console only; it makes the console GPL-3.0)</source>
        <translation>概览中的图表（仅控制台程序；控制台程序因此以GPL-3.0发布）</translation>
    </message>
</context>
<context>
    <name>Unlocker</name>
    <message>
        <source>There is no Consentry store in "%1". Create one first (init).</source>
        <translation>“%1”中没有 Consentry 数据库。请先创建（init）。</translation>
    </message>
    <message>
        <source>The password is empty. Type the password of "%1".</source>
        <translation>密码为空。请输入“%1”的密码。</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>恢复密钥错误。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Try again or use the recovery key.</source>
        <translation>用户名或密码错误。请重试，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The database and the keyslot file belong to different stores. Put back the files that belong together, or restore a backup.</source>
        <translation>数据库与密钥槽文件不属于同一个数据库实例。请放回相互匹配的文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>There is no user "%1" in this store.</source>
        <translation>本系统中没有用户“%1”。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>There is already a user "%1".</source>
        <translation>已存在用户“%1”。</translation>
    </message>
    <message>
        <source>You cannot remove your own account. Ask another manager.</source>
        <translation>不能删除自己的账户。请联系另一位管理员。</translation>
    </message>
    <message>
        <source>There is no user "%1" in this store.</source>
        <translation>本系统中没有用户“%1”。</translation>
    </message>
    <message>
        <source>"%1" is the last manager and cannot be removed.</source>
        <translation>“%1”是最后一位管理员，不能删除。</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>当前密码错误；密码未更改。</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Manage the accounts: add, list, remove a user or set a password (manager only).</source>
        <translation>管理账户：添加、列出、删除用户或设置密码（仅限管理员）。</translation>
    </message>
    <message>
        <source>The account to add, remove or give a new password.</source>
        <translation>要添加、删除或设置新密码的账户。</translation>
    </message>
    <message>
        <source>The new account's role: staff, auditor or manager.</source>
        <translation>新账户的角色：staff（工作人员）、auditor（审计员）或 manager（管理员）。</translation>
    </message>
    <message>
        <source>Unknown role "%1": use staff, auditor or manager.</source>
        <translation>未知角色“%1”：请使用 staff、auditor 或 manager。</translation>
    </message>
    <message>
        <source>Password for the new account %1: </source>
        <translation>新账户%1的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账户%1（%2）。</translation>
    </message>
    <message>
        <source>%1	%2	added %3 by %4</source>
        <translation>%1	%2	%3由%4添加</translation>
    </message>
    <message>
        <source>Removed the account %1.</source>
        <translation>已删除账户%1。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1的新密码：</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1的密码已更改。</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The store is already unlocked.</source>
        <translation>数据库已解锁。</translation>
    </message>
    <message>
        <source>The store is locked. Unlock it first.</source>
        <translation>数据库已锁定。请先解锁。</translation>
    </message>
    <message>
        <source>The keyslot file was replaced by one of another store; nothing was changed.</source>
        <translation>密钥槽文件已被另一个数据库实例的文件替换；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>face recognition</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>checked by staff</source>
        <translation>工作人员核验</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>A face verification is recorded from the gallery's matches, not as an alternative.</source>
        <translation>人脸验证应根据人脸库的匹配结果记录，不能作为其他身份验证方式记录。</translation>
    </message>
    <message>
        <source>One-to-one verification</source>
        <translation>一对一核验</translation>
    </message>
    <message>
        <source>One-to-many identification</source>
        <translation>一对多辨识</translation>
    </message>
    <message>
        <source>The face did not match, so there is nothing to confirm. Use another way.</source>
        <translation>人脸未匹配，无需确认。请改用其他身份验证方式。</translation>
    </message>
    <message>
        <source>This person no longer has a consent in force for face recognition, so nothing was recorded. Use another way.</source>
        <translation>此人已无有效的人脸识别单独同意，未作任何记录。请改用其他身份验证方式。</translation>
    </message>
</context>
<context>
    <name>VideoFileSource</name>
    <message>
        <source>The video %1 does not exist; check the path.</source>
        <translation>视频%1不存在；请检查路径。</translation>
    </message>
    <message>
        <source>The video %1 could not be opened: it is damaged or in a format this computer cannot play. Convert it to MJPG in AVI or MP4.</source>
        <translation>无法打开视频%1：文件已损坏，或本机无法播放其格式。请转换为 AVI 封装的 MJPG 或 MP4。</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>The video %1 does not exist; check the path.</source>
        <translation>视频%1不存在，请检查路径。</translation>
    </message>
    <message>
        <source>%1 is not a video file.</source>
        <translation>%1不是视频文件。</translation>
    </message>
    <message>
        <source>The video %1 is larger than %2 MB; use a shorter recording.</source>
        <translation>视频%1大于%2 MB，请使用较短的录像。</translation>
    </message>
    <message>
        <source>No frame of the video could be read: it is empty, damaged or in a format this computer cannot play. Convert it to MJPG in AVI or MP4.</source>
        <translation>无法读取视频的任何一帧：视频为空、已损坏，或本机无法播放其格式。请转换为 AVI 格式的 MJPG 或 MP4。</translation>
    </message>
</context>
<context>
    <name>WithdrawCommand</name>
    <message>
        <source>Record a resident's withdrawal of consent and delete their face templates at once.</source>
        <translation>记录住户撤回同意，并立即删除其人脸特征模板。</translation>
    </message>
    <message>
        <source>Also write the deletion receipt as a PDF file.</source>
        <translation>同时将删除回执写入 PDF 文件。</translation>
    </message>
    <message>
        <source>The consent was withdrawn and the templates deleted, but the receipt could not be written: %1</source>
        <translation>已撤回同意并删除模板，但无法写入回执：%1</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>回执已写入%1。</translation>
    </message>
</context>
<context>
    <name>YuNetDetector</name>
    <message>
        <source>The face detector model %1 could not be loaded: it is damaged or not a YuNet model. Replace it with the original file.</source>
        <translation>无法加载人脸检测模型%1：文件已损坏，或不是 YuNet 模型。请用原始文件替换。</translation>
    </message>
    <message>
        <source>Face detection failed on this image; use another photo.</source>
        <translation>无法在此图像上检测人脸，请换一张图像。</translation>
    </message>
</context>
<context>
    <name>consentry::FrameGrabber</name>
    <message>
        <source>The video stopped delivering frames.</source>
        <translation>视频不再输出画面。</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures; reconnecting…</source>
        <translation>摄像头不再输出画面；正在重新连接……</translation>
    </message>
</context>
<context>
    <name>consentry::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <source>Consent-first facial recognition for small hotels and residential compounds. Face data stays encrypted on this computer and is never sent over a network.</source>
        <translation>面向小型酒店和住宅小区、以单独同意为先的人脸识别。人脸信息加密保存在本机，从不通过网络对外传输。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Built with, and licences</source>
        <translation>所用组件及许可证</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>已内置于程序中</translation>
    </message>
    <message>
        <source>not found on this computer (looked in %1)</source>
        <translation>本机上未找到（已查找：%1）</translation>
    </message>
    <message>
        <source>Show licence &amp;text</source>
        <translation>查看许可证文本(&amp;T)</translation>
    </message>
    <message>
        <source>Third-party &amp;notices</source>
        <translation>第三方声明(&amp;N)</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>%1的许可证</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
</context>
<context>
    <name>consentry::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
</context>
<context>
    <name>consentry::ui::AppController</name>
    <message>
        <source>Opened with the recovery key (%1)</source>
        <translation>已用恢复密钥打开（%1）</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Locked by %1 at %2.</source>
        <translation>%1于%2锁定。</translation>
    </message>
    <message>
        <source>Locked at %1 after %2 minutes without keyboard or mouse use.</source>
        <translation>键盘和鼠标已%2分钟无操作，于%1自动锁定。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
    <message>
        <source>There is no camera picture yet.</source>
        <translation>还没有摄像头画面。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: face data of %n resident(s) was deleted as the policy requires.</source>
        <translation>
            <numerusform>保存期限：已按规定删除 %n 位住户的人脸信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>The console is now in %1.</source>
        <translation>界面语言已切换为%1。</translation>
    </message>
    <message>
        <source>Consentry is already open</source>
        <translation>Consentry 已经打开</translation>
    </message>
    <message>
        <source>The picture source "%1" does not exist: choose a camera, a video file or a folder of pictures in Preview.</source>
        <translation>图像来源“%1”不存在：请在“摄像头预览”中选择摄像头、视频文件或图片文件夹。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Consentry backups (*.cbak)</source>
        <translation>Consentry 备份 (*.cbak)</translation>
    </message>
    <message>
        <source>The backup was not restored; the store is as it was. %1</source>
        <translation>备份未恢复，数据库保持原状。%1</translation>
    </message>
</context>
<context>
    <name>consentry::ui::AuditModel</name>
    <message>
        <source>The chain of the audit log breaks at this event: it or the event before it was changed, removed or inserted after it was written.</source>
        <translation>审计日志的链条在此事件处断开：此事件或其前一个事件在写入后被修改、删除或插入。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Resident no.</source>
        <translation>住户编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>consentry::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every act on personal data is recorded here, chained so that a later change, removal or insertion is detected. The log holds no images or face templates.</source>
        <translation>对个人信息的每项操作都记录在此，并以链式方式关联，之后的任何修改、删除或插入都能被发现。日志中不含图像或人脸特征模板。</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>仅显示</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任何用户</translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation>任何住户</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>任何事件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Resident no.:</source>
        <translation>住户编号：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>验证链条</translation>
    </message>
    <message>
        <source>Recompute every link of the audit log and report the first one that does not hold.</source>
        <translation>重新计算审计日志的每个链接，并报告第一个不成立的链接。</translation>
    </message>
    <message>
        <source>"Verify chain" recomputes every link of the log and names the first one that does not hold.</source>
        <translation>“验证链条”会重新计算日志的每个链接，并指出第一个不成立的链接。</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>事件数：%1</translation>
    </message>
    <message>
        <source>Matching events: %1</source>
        <translation>匹配的事件数：%1</translation>
    </message>
    <message>
        <source>Events shown so far: %1 (more are read as you scroll)</source>
        <translation>已显示事件数：%1（滚动时继续读取）</translation>
    </message>
    <message>
        <source>The audit log is intact: every event is linked as written (%1 checked).</source>
        <translation>审计日志完整：每个事件都按写入时的顺序相连（已检查%1个）。</translation>
    </message>
    <message>
        <source>The audit log has been altered. First broken link: event no. %1. %2</source>
        <translation>审计日志已被篡改。第一个断开的链接：编号%1的事件。%2</translation>
    </message>
    <message>
        <source>Clear the filters to see that event in the list.</source>
        <translation>清除筛选后即可在列表中看到该事件。</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
</context>
<context>
    <name>consentry::ui::CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Plug it back in: the picture returns by itself.</source>
        <translation>摄像头已断开。请重新插上，画面会自动恢复。</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1帧/秒</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB camera and it will appear here by itself, or choose a video file or image folder as the source above.</source>
        <translation>未找到摄像头。请连接 USB 摄像头，画面会自动出现；也可以在上方选择视频文件或图片文件夹作为来源。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::CompliancePage</name>
    <message>
        <source>Compliance centre</source>
        <translation>合规中心</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>各项义务</translation>
    </message>
    <message>
        <source>Device register</source>
        <translation>设备登记</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>个人信息保护影响评估</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>What the store shows</source>
        <translation>数据显示</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Obligations and their status</source>
        <translation>各项义务及其状态</translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) need action.</source>
        <translation>
            <numerusform>有%n项义务需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything required is in order; %n point(s) need attention.</source>
        <translation>
            <numerusform>各项要求均已满足；有%n项需要留意。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every obligation is in order.</source>
        <translation>各项义务均符合要求。</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Consentry backups (*.cbak)</source>
        <translation>Consentry 备份 (*.cbak)</translation>
    </message>
    <message>
        <source>The encrypted backup was written to %1.</source>
        <translation>加密备份已写入%1。</translation>
    </message>
    <message numerus="yes">
        <source>The retention purge ran: face data of %n person(s) was deleted.</source>
        <translation>
            <numerusform>已删除保存期限届满的数据：删除了%n人的人脸信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register every camera and terminal that uses face recognition, with where it is and what it sees. Devices may not be installed in guest rooms, public bathrooms, changing rooms or toilets (Provisions on facial recognition, art. 13 ¶2).</source>
        <translation>请登记每台使用人脸识别的摄像头和终端，以及其安装位置和采集区域。设备不得安装在宾馆客房、公共浴室、更衣室、卫生间内（《人脸识别技术应用安全管理办法》第十三条第二款）。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <source>Capture area</source>
        <translation>采集区域</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Registered devices</source>
        <translation>已登记设备</translation>
    </message>
    <message>
        <source>Register a device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>e.g. Front desk camera</source>
        <translation>例如：前台摄像头</translation>
    </message>
    <message>
        <source>What the camera sees, e.g. the queue in front of the counter</source>
        <translation>摄像头拍摄的范围，例如：柜台前的排队区域</translation>
    </message>
    <message>
        <source>Optional: the camera's number in the camera picker, e.g. 0 for the first camera</source>
        <translation>可选：摄像头在选择器中的编号，例如第一个摄像头为0</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>Remove selected device</source>
        <translation>移除所选设备</translation>
    </message>
    <message>
        <source>Registered %1. Print its device label on the Signage screen.</source>
        <translation>已登记%1。请在“标识”页面打印其设备标签。</translation>
    </message>
    <message>
        <source>Select the device to remove first.</source>
        <translation>请先选择要移除的设备。</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Remove %1 from the device register? Do this only when the device is no longer used.</source>
        <translation>要从设备登记中移除%1吗？仅在该设备不再使用时才应移除。</translation>
    </message>
    <message>
        <source>%1 was removed from the register.</source>
        <translation>已从设备登记中移除%1。</translation>
    </message>
    <message>
        <source>Facts from the store</source>
        <translation>数据中的基本情况</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Sign this assessment…</source>
        <translation>签署本评估…</translation>
    </message>
    <message>
        <source>Save signed assessment as PDF…</source>
        <translation>将已签署的评估保存为PDF…</translation>
    </message>
    <message>
        <source>No assessment has been signed yet. Answer the four parts, then sign.</source>
        <translation>尚未签署评估。请答复四个部分后签署。</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3; it is kept at least until %4.</source>
        <translation>第%1版由%2于%3签署，至少保存至%4。</translation>
    </message>
    <message>
        <source>A new assessment is needed: %1 changed since it was signed.</source>
        <translation>需要重新评估：签署后%1发生了变化。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Answer every part before signing; still empty: %1.</source>
        <translation>签署前请答复每一部分；尚未填写：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Sign the impact assessment</source>
        <translation>签署个人信息保护影响评估</translation>
    </message>
    <message>
        <source>Sign the assessment as it stands, in your name? The signed version cannot be changed afterwards; a later edit is signed as a new version.</source>
        <translation>以您的名义按现有内容签署本评估吗？签署后的版本不可更改；之后的修改将作为新版本签署。</translation>
    </message>
    <message>
        <source>Version %1 of the impact assessment was signed.</source>
        <translation>已签署第%1版个人信息保护影响评估。</translation>
    </message>
    <message>
        <source>No impact assessment has been signed yet.</source>
        <translation>尚未签署个人信息保护影响评估。</translation>
    </message>
    <message>
        <source>Save the impact assessment</source>
        <translation>保存个人信息保护影响评估</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到%1。</translation>
    </message>
    <message>
        <source>Filings made</source>
        <translation>已办理的备案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>People with face data</source>
        <translation>存储人脸信息的人数</translation>
    </message>
    <message>
        <source>Initial filing</source>
        <translation>首次备案</translation>
    </message>
    <message>
        <source>Change filing</source>
        <translation>变更备案</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>注销备案</translation>
    </message>
    <message>
        <source>Reference number from the cyberspace office</source>
        <translation>网信部门给出的备案编号</translation>
    </message>
    <message>
        <source>Record filing</source>
        <translation>记录备案</translation>
    </message>
    <message>
        <source>Working days and processing rules</source>
        <translation>工作日与个人信息处理规则</translation>
    </message>
    <message>
        <source>One date per line, e.g. 2026-10-01</source>
        <translation>每行一个日期，例如2026-10-01</translation>
    </message>
    <message>
        <source>Public holidays (not working days)</source>
        <translation>法定节假日（非工作日）</translation>
    </message>
    <message>
        <source>Processing rules and operating procedures</source>
        <translation>个人信息处理规则、操作规程</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Write the filing pack (PDF and JSON)…</source>
        <translation>生成备案材料（PDF和JSON）…</translation>
    </message>
    <message>
        <source>"%1" is not a date: write one date per line as 2026-10-01.</source>
        <translation>“%1”不是日期：请每行写一个日期，格式如2026-10-01。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The filing was recorded.</source>
        <translation>已记录备案。</translation>
    </message>
    <message>
        <source>Folder for the filing pack</source>
        <translation>备案材料的保存文件夹</translation>
    </message>
    <message>
        <source>The filing pack was written to %1.</source>
        <translation>备案材料已写入%1。</translation>
    </message>
    <message>
        <source>Filings recorded</source>
        <translation>已记录的备案</translation>
    </message>
</context>
<context>
    <name>consentry::ui::ConsentDialog</name>
    <message>
        <source>Notice and separate consent for facial recognition</source>
        <translation>人脸识别告知与单独同意</translation>
    </message>
    <message>
        <source>Notice language:</source>
        <translation>告知书语言：</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Resident's full name:</source>
        <translation>住户姓名：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Parent or other guardian (required for a child under 14)</source>
        <translation>父母或其他监护人（不满十四周岁的未成年人必填）</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Other guardian</source>
        <translation>其他监护人</translation>
    </message>
    <message>
        <source>Guardian's full name:</source>
        <translation>监护人姓名：</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>与未成年人的关系：</translation>
    </message>
    <message>
        <source>I have read the whole notice and I separately consent to the processing of my facial information for the purpose it states.</source>
        <translation>我已阅读完整的告知书，并单独同意为告知书所述目的处理我的人脸信息。</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>I prefer another way</source>
        <translation>我选择其他方式</translation>
    </message>
    <message>
        <source>Close without recording anything</source>
        <translation>关闭，不记录任何内容</translation>
    </message>
    <message>
        <source>No problem. How would you like to verify your identity instead?</source>
        <translation>好的。您希望用哪种其他身份验证方式？</translation>
    </message>
    <message>
        <source>Your choice does not affect any service and costs you nothing. No face picture will be taken.</source>
        <translation>您的选择不会影响任何服务，也不会产生任何费用。我们不会采集您的人脸图像。</translation>
    </message>
    <message>
        <source>This site has not listed its other ways yet: staff will check your identity in person.</source>
        <translation>本场所尚未列出其他方式：将由工作人员当面核验您的身份。</translation>
    </message>
    <message>
        <source>Back to the notice</source>
        <translation>返回告知书</translation>
    </message>
    <message>
        <source>Confirm this choice</source>
        <translation>确认此选择</translation>
    </message>
    <message>
        <source>Thank you for reading the notice.</source>
        <translation>感谢您阅读告知书。</translation>
    </message>
    <message>
        <source>Please read the notice to its end before deciding: the consent box unlocks when you reach the last line.</source>
        <translation>请在作出决定前把告知书读到最后：读到最后一行后才能勾选同意。</translation>
    </message>
    <message>
        <source>read the notice to its end</source>
        <translation>把告知书读到最后</translation>
    </message>
    <message>
        <source>the resident's name</source>
        <translation>住户姓名</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>勾选同意</translation>
    </message>
    <message>
        <source>the guardian's name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>the guardian's relation to the child</source>
        <translation>监护人与未成年人的关系</translation>
    </message>
    <message>
        <source>the guardian's own consent</source>
        <translation>监护人本人的单独同意</translation>
    </message>
    <message>
        <source>a signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>To agree, still needed: %1.</source>
        <translation>如需同意，还需要：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Staff check in person</source>
        <translation>工作人员当面核验</translation>
    </message>
    <message>
        <source>Read &amp;aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Reads the notice aloud, one paragraph after another, and marks the paragraph being read.</source>
        <translation>逐段朗读告知书，并标出正在朗读的段落。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Under 14 (date of birth not given)</source>
        <translation>不满十四周岁（未提供出生日期）</translation>
    </message>
    <message>
        <source>14 or older (date of birth not given)</source>
        <translation>已满十四周岁（未提供出生日期）</translation>
    </message>
    <message>
        <source>Age (required):</source>
        <translation>年龄（必填）：</translation>
    </message>
    <message>
        <source>As the guardian, I have read the whole notice and I separately consent to the processing of the child's facial information for the purpose it states.</source>
        <translation>本人作为监护人，已完整阅读告知书，单独同意为告知书所述处理目的处理被监护人的人脸信息。</translation>
    </message>
    <message>
        <source>Signature of the guardian</source>
        <translation>监护人签名</translation>
    </message>
    <message>
        <source>Signature of the guardian:</source>
        <translation>监护人签名：</translation>
    </message>
    <message>
        <source>Signature of the resident:</source>
        <translation>本人签名：</translation>
    </message>
    <message>
        <source>Special rules for children under 14: %1</source>
        <translation>不满十四周岁的专门规则：%1</translation>
    </message>
    <message>
        <source>the age question</source>
        <translation>年龄问题</translation>
    </message>
    <message>
        <source>the guardian's signature</source>
        <translation>监护人签名</translation>
    </message>
    <message>
        <source>To record the choice of another way, first enter the resident's name.</source>
        <translation>记录选择其他身份验证方式之前，请先填写住户姓名。</translation>
    </message>
    <message>
        <source>Signed on screen (notice shown in %1).</source>
        <translation>在屏幕上签名（告知书以%1显示）。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>consentry::ui::DashboardPage</name>
    <message>
        <source>verified</source>
        <translation>核验通过</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>核验未通过</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近4周</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近12周</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>最近52周</translation>
    </message>
    <message>
        <source>people with face data</source>
        <translation>存有人脸信息的人数</translation>
    </message>
    <message>
        <source>face data due for deletion in the next %1 days</source>
        <translation>未来%1天内应当删除人脸信息的人数</translation>
    </message>
    <message>
        <source>consents needing renewal</source>
        <translation>需要重新取得同意的人数</translation>
    </message>
    <message>
        <source>chose the alternative in this period</source>
        <translation>本期间选择其他身份验证方式的比例</translation>
    </message>
    <message>
        <source>Consents granted, declined and withdrawn per week</source>
        <translation>每周作出单独同意、不同意及撤回同意的人数</translation>
    </message>
    <message>
        <source>Verifications per day by method and outcome</source>
        <translation>每日核验次数（按方式和结果）</translation>
    </message>
    <message>
        <source>People with face data and the filing threshold</source>
        <translation>存有人脸信息的人数与备案标准</translation>
    </message>
    <message>
        <source>This site's match scores: same person and different people</source>
        <translation>本场所的相似度分数：同一人与不同人</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export "%1" as a PNG picture</source>
        <translation>将“%1”导出为PNG图片</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export "%1" as PDF</source>
        <translation>将“%1”导出为PDF</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 of %2 decisions in this period</source>
        <translation>本期间%2项决定中有%1项</translation>
    </message>
    <message>
        <source>No consent decisions in this period.</source>
        <translation>本期间没有作出同意或不同意的决定。</translation>
    </message>
    <message>
        <source>Face data of %1 people is stored. A filing with the cyberspace administration is required from %2 people (Provisions art. 15).</source>
        <translation>目前存有%1人的人脸信息。存储人脸信息达到%2人的，应当向所在地省级以上网信部门履行备案手续（《人脸识别技术应用安全管理办法》第十五条）。</translation>
    </message>
    <message>
        <source>Face data of %1 people is stored: %2 more and the site must file with the cyberspace administration within 30 working days (Provisions art. 15). Prepare the filing now.</source>
        <translation>目前存有%1人的人脸信息：再增加%2人，即应当在30个工作日内向所在地省级以上网信部门履行备案手续（《人脸识别技术应用安全管理办法》第十五条）。请现在着手准备备案材料。</translation>
    </message>
    <message>
        <source>Face data of %1 people is stored: the filing is required by %2 (Provisions art. 15).</source>
        <translation>目前存有%1人的人脸信息：应当在%2前履行备案手续（《人脸识别技术应用安全管理办法》第十五条）。</translation>
    </message>
    <message>
        <source>Face data of %1 people is stored: the site must file with the cyberspace administration within 30 working days of reaching %2 (Provisions art. 15).</source>
        <translation>目前存有%1人的人脸信息：应当自达到%2人之日起30个工作日内向所在地省级以上网信部门履行备案手续（《人脸识别技术应用安全管理办法》第十五条）。</translation>
    </message>
    <message>
        <source>No consent was granted, declined or withdrawn in this period.</source>
        <translation>本期间没有人作出单独同意、不同意或撤回同意。</translation>
    </message>
    <message>
        <source>granted (enrolled)</source>
        <translation>单独同意（已录入）</translation>
    </message>
    <message>
        <source>declined (alternative)</source>
        <translation>不同意（改用其他方式）</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>week beginning</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>No verification was recorded in this period.</source>
        <translation>本期间没有核验记录。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>people with face data: %1</source>
        <translation>存有人脸信息的人数：%1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提醒线：%1</translation>
    </message>
    <message>
        <source>filing threshold: %1</source>
        <translation>备案标准：%1</translation>
    </message>
    <message>
        <source>The score distributions are measured from the face gallery, which is loaded only for a manager on a computer with the face engine.</source>
        <translation>分数分布根据人脸特征模板库计算，该库仅在装有人脸识别引擎的电脑上为管理员加载。</translation>
    </message>
    <message>
        <source>Not enough face data yet: the distributions need at least two enrolled people, and someone with two face templates or more.</source>
        <translation>人脸信息尚不足：计算分数分布至少需要两名已录入人员，且其中有人存有两个或以上人脸特征模板。</translation>
    </message>
    <message>
        <source>same person (%1 pairs)</source>
        <translation>同一人（%1对）</translation>
    </message>
    <message>
        <source>different people (%1 pairs)</source>
        <translation>不同人（%1对）</translation>
    </message>
    <message>
        <source>score</source>
        <translation>相似度分数</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值%1</translation>
    </message>
    <message>
        <source>At the threshold %1: %2 of %3 pairs of different people would match (false-match rate %4 per comparison), and %5 of %6 pairs of the same person would not (false-non-match rate %7). Measured on the enrolment pictures of %8 people; live pictures at the door are poorer, so expect more non-matches there.</source>
        <translation>在阈值%1下：%3对不同人中有%2对会被误认为同一人（单次比较误识率%4），%6对同一人中有%5对不能通过（拒识率%7）。以上数据根据%8人录入时的人脸图像计算；现场拍摄的人脸图像质量较差，实际拒识会更多。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Granted (enrolled)</source>
        <translation>单独同意（已录入）</translation>
    </message>
    <message>
        <source>Declined (alternative)</source>
        <translation>不同意（改用其他方式）</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核验通过</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>核验未通过</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>People with face data</source>
        <translation>存储人脸信息的人数</translation>
    </message>
    <message>
        <source>Warning from</source>
        <translation>提醒线</translation>
    </message>
    <message>
        <source>Filing threshold</source>
        <translation>备案标准</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>分数下限</translation>
    </message>
    <message>
        <source>Same person (pairs)</source>
        <translation>同一人（对数）</translation>
    </message>
    <message>
        <source>Different people (pairs)</source>
        <translation>不同人（对数）</translation>
    </message>
    <message>
        <source>Consentry dashboard</source>
        <translation>Consentry 概览</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于%1</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>Counted by local day from the audit log's decision and verification events.</source>
        <translation>根据审计日志中的同意决定和核验记录，按本地日期统计。</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>This chart has nothing to export yet.</source>
        <translation>此图表尚无可导出的数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Export the chart as PDF</source>
        <translation>将图表导出为PDF</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>将图表导出为PNG图片</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存%1。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::EditResidentDialog</name>
    <message>
        <source>Edit resident</source>
        <translation>编辑住户</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Under 14 (used when the date of birth is not recorded)</source>
        <translation>未满14周岁（未登记出生日期时使用）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Unit / room:</source>
        <translation>单元/房间：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Moved in:</source>
        <translation>入住日期：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::EnrollmentWizard</name>
    <message>
        <source>Enroll a resident</source>
        <translation>住户登记</translation>
    </message>
    <message>
        <source>1. The resident reads the notice and decides: agreeing and choosing another way are equal, and another way costs nothing.
2. Only if they agree, the camera takes five pictures by itself.
3. You check what will be stored, then save. Nothing is stored before that step.</source>
        <translation>1. 住户阅读告知书并自行决定：同意与选择其他方式完全平等，选择其他身份验证方式不产生任何费用。
2. 只有住户同意后，摄像头才会自动采集五张人脸图像。
3. 您核对将要保存的内容后再保存。在此之前不保存任何内容。</translation>
    </message>
    <message>
        <source>Resident's full name:</source>
        <translation>住户姓名：</translation>
    </message>
    <message>
        <source>Unit or room (optional):</source>
        <translation>单元或房间（可选）：</translation>
    </message>
    <message>
        <source>Show the notice to the resident</source>
        <translation>向住户出示告知书</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>请看摄像头</translation>
    </message>
    <message>
        <source>%v of %m pictures</source>
        <translation>已拍 %v 张，共 %m 张</translation>
    </message>
    <message>
        <source>Cancel (nothing is stored)</source>
        <translation>取消（不保存任何内容）</translation>
    </message>
    <message>
        <source>Face engine: %1</source>
        <translation>人脸引擎：%1</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>保存前核对</translation>
    </message>
    <message>
        <source>Take the pictures again</source>
        <translation>重新拍摄</translation>
    </message>
    <message>
        <source>Manager: a different person, save anyway</source>
        <translation>管理员：确认是另一人，仍然保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>已取消：未保存任何内容。</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>The resident may take a copy of the notice and of their decision:</source>
        <translation>住户可以领取告知书及其决定的副本：</translation>
    </message>
    <message>
        <source>Print copy…</source>
        <translation>打印副本…</translation>
    </message>
    <message>
        <source>Save copy as PDF…</source>
        <translation>副本另存为 PDF…</translation>
    </message>
    <message>
        <source>Enroll the next person</source>
        <translation>登记下一位</translation>
    </message>
    <message>
        <source>No notice has been published yet, so no consent can be asked. A manager can complete the site profile in Settings.</source>
        <translation>尚未发布告知书，因此无法征求同意。管理员可以在“设置”中完善场所信息。</translation>
    </message>
    <message>
        <source>Closed without a decision: nothing was recorded.</source>
        <translation>未作决定即关闭：未记录任何内容。</translation>
    </message>
    <message>
        <source>The resident's name is needed to record the decision; nothing was recorded.</source>
        <translation>记录决定需要住户姓名；未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 prefers another way: %2. This choice costs nothing. No face picture was taken and no face data is kept.</source>
        <translation>%1选择了其他身份验证方式：%2。此选择不产生任何费用。未采集任何人脸图像，也不保存任何人脸信息。</translation>
    </message>
    <message>
        <source>What will be stored for %2: %1 face templates, lists of numbers made by the face engine %3 — not pictures.
Picture quality: average sharpness %4 (at least %5 is needed).
The pictures above are shown only now and are never stored.</source>
        <translation>将为%2保存：%1个人脸特征模板，即人脸引擎%3生成的一组数字，而不是人脸图像。
图像质量：平均清晰度%4（至少需要%5）。
上面的人脸图像只在此时显示，从不保存。</translation>
    </message>
    <message>
        <source>This face already matches %1 (resident %2, score %3). Save only if you have checked that this is a different person, for example a twin.</source>
        <translation>该人脸已与%1（住户%2，相似度%3）相符。只有在您已核实这是另一人（例如双胞胎）时才保存。</translation>
    </message>
    <message>
        <source>This face already matches %1 (resident %2, score %3). A manager must decide; until then nothing is saved.</source>
        <translation>该人脸已与%1（住户%2，相似度%3）相符。须由管理员决定；在此之前不保存任何内容。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 is enrolled with %2 face templates. The consent points to notice version %3.</source>
        <translation>%1已登记，保存了%2个人脸特征模板。该同意记录对应告知书版本%3。</translation>
    </message>
    <message>
        <source>There is no recorded decision to copy yet.</source>
        <translation>尚无可制作副本的决定记录。</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1（SHA-256 %2…）</translation>
    </message>
    <message>
        <source>Save the resident's copy</source>
        <translation>保存住户副本</translation>
    </message>
    <message>
        <source>consent-copy.pdf</source>
        <translation>同意书副本.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Print the resident's copy</source>
        <translation>打印住户副本</translation>
    </message>
    <message>
        <source>Copy not printed</source>
        <translation>副本未打印</translation>
    </message>
    <message>
        <source>Liveness check: switched off in Settings.</source>
        <translation>活体检测：已在设置中关闭。</translation>
    </message>
    <message numerus="yes">
        <source>No usable picture for %n second(s). Last hint: %1</source>
        <translation>
            <numerusform>%n秒内没有可用的人脸图像。最后的提示：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Complete the site profile…</source>
        <translation>完善场所信息…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>The resident's decision is kept: the camera starts again.</source>
        <translation>住户的决定仍然保留，摄像头将重新开始。</translation>
    </message>
    <message>
        <source>No one can be asked for consent or enrolled</source>
        <translation>不能征求任何人的同意，也不能登记任何人</translation>
    </message>
    <message>
        <source>Enter the guest's expected checkout date first: face data is deleted a set number of days after checkout.</source>
        <translation>请先填写住客的预计退房日期：人脸信息在退房后规定天数删除。</translation>
    </message>
    <message>
        <source>Finish or cancel the enrollment in progress before re-enrolling someone.</source>
        <translation>请先完成或取消正在进行的录入，再为他人重新录入。</translation>
    </message>
    <message>
        <source>Re-enrolling %1. %2</source>
        <translation>正在为%1重新录入。%2</translation>
    </message>
    <message>
        <source>Re-enrolling %1: the consent in force still applies, so only new face pictures are taken. The old face data is replaced when you save.</source>
        <translation>正在为%1重新录入：现有的单独同意仍然有效，只需重新采集人脸图像。保存时将替换原有的人脸信息。</translation>
    </message>
    <message>
        <source>Expected checkout date:</source>
        <translation>预计退房日期：</translation>
    </message>
    <message>
        <source>Expected move-out date (optional):</source>
        <translation>预计迁出日期（选填）：</translation>
    </message>
    <message>
        <source>Expected move-out or checkout date (optional):</source>
        <translation>预计迁出或退房日期（选填）：</translation>
    </message>
    <message>
        <source>%1 prefers another way: %2. This choice costs nothing. No new face picture was taken.</source>
        <translation>%1选择其他身份验证方式：%2。作此选择不会产生任何不利后果。未采集新的人脸图像。</translation>
    </message>
    <message>
        <source>The pictures could not be taken. %1
The resident's decision is kept: fix the cause and choose Try again, or cancel.</source>
        <translation>未能采集人脸图像。%1
住户的决定仍然保留：请排除原因后选择“重试”，或取消。</translation>
    </message>
    <message>
        <source>Discard the enrollment?</source>
        <translation>放弃本次录入？</translation>
    </message>
    <message>
        <source>%1 has agreed, but nothing is stored until the pictures are saved. Leaving now discards the decision, and the resident must be asked again. Discard it?</source>
        <translation>%1已作出单独同意，但在保存之前不会存储任何内容。现在离开将放弃该决定，需要重新征求住户意见。确定放弃吗？</translation>
    </message>
    <message numerus="yes">
        <source>%1 is re-enrolled with %n new face template(s); the old face data was deleted.</source>
        <translation>
            <numerusform>%1已重新录入，新存%n个人脸特征模板；原有的人脸信息已删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a &amp;paper form instead…</source>
        <translation>改用纸质同意书(&amp;P)…</translation>
    </message>
    <message>
        <source>For someone who cannot read or sign on screen: print the form, then record the signed paper.</source>
        <translation>适用于无法在屏幕上阅读或签字的人员：先打印同意书，签署后再录入纸质同意书的内容。</translation>
    </message>
    <message>
        <source>Finish or cancel the enrollment in progress before recording a paper form.</source>
        <translation>请先完成或取消正在进行的录入，再录入纸质同意书。</translation>
    </message>
    <message>
        <source>No paper form was recorded: nothing was stored.</source>
        <translation>未录入纸质同意书：未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 prefers another way: %2 (signed on paper). This choice costs nothing. No face picture was taken.</source>
        <translation>%1选择其他身份验证方式：%2（已签署纸质同意书）。选择其他方式不产生任何费用。未采集人脸图像。</translation>
    </message>
    <message>
        <source>Re-enroll a guest</source>
        <translation>重新录入住客</translation>
    </message>
    <message>
        <source>Re-enroll a resident</source>
        <translation>重新录入住户</translation>
    </message>
    <message>
        <source>Enroll a guest</source>
        <translation>住客登记</translation>
    </message>
</context>
<context>
    <name>consentry::ui::LanguageTab</name>
    <message>
        <source>The screens change at once; you stay signed in and on this screen. An enrollment that is under way is cancelled, with nothing stored. This computer remembers the choice for the next start.</source>
        <translation>界面立即切换；您保持登录，并停留在当前界面。正在进行的录入会被取消，不保存任何内容。本机会记住这一选择，下次启动时沿用。</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::LiveCamera</name>
    <message numerus="yes">
        <source>The camera gave no picture in %n second(s). Check that it is connected and not used by another program, or choose another camera in Preview.</source>
        <translation>
            <numerusform>摄像头在%n秒内没有提供图像。请检查摄像头是否已连接、是否被其他程序占用，或在“摄像头预览”中选择其他摄像头。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No picture could be read from "%1" in %n second(s): the files may be damaged or in a format that cannot be read. Choose another source in Preview.</source>
        <translation>
            <numerusform>%n秒内未能从“%1”读取到任何图像：文件可能已损坏或格式无法读取。请在“摄像头预览”中选择其他来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not one picture could be read from "%1": the video is empty or damaged, or the images cannot be read. Choose another source in Preview.</source>
        <translation>未能从“%1”读取到任何图像：视频为空或已损坏，或图片无法读取。请在“摄像头预览”中选择其他来源。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::LivenessPanel</name>
    <message>
        <source>the head turned to the left</source>
        <translation>头部向左转动</translation>
    </message>
    <message>
        <source>the head turned to the right</source>
        <translation>头部向右转动</translation>
    </message>
    <message>
        <source>the eyes blinked</source>
        <translation>眨了眼</translation>
    </message>
    <message>
        <source>Liveness check</source>
        <translation>活体检测</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Asks the person for a new movement.</source>
        <translation>请本人再做一次新的动作。</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余%1秒</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>已通过：%1。</translation>
    </message>
    <message>
        <source>Not passed. %1 Try again, or use another way.</source>
        <translation>未通过。%1请重试，或改用其他身份验证方式。</translation>
    </message>
    <message>
        <source>Not possible here. %1</source>
        <translation>此处无法进行。%1</translation>
    </message>
    <message>
        <source>Not passed. Try again, or use another way.</source>
        <translation>未通过。请重试，或改用其他身份验证方式。</translation>
    </message>
    <message>
        <source>Liveness check passed: %1.</source>
        <translation>活体检测已通过：%1。</translation>
    </message>
    <message>
        <source>Liveness check not passed: %1</source>
        <translation>活体检测未通过：%1</translation>
    </message>
    <message>
        <source>Liveness check not possible: %1</source>
        <translation>无法进行活体检测：%1</translation>
    </message>
</context>
<context>
    <name>consentry::ui::LockScreen</name>
    <message>
        <source>%1 is locked</source>
        <translation>%1已锁定</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the login window, where the recovery key can be used.</source>
        <translation>返回登录窗口，在那里可以使用恢复密钥。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::LockoutCountdown</name>
    <message>
        <source>You can try the password for "%1" again now.</source>
        <translation>现在可以再次尝试“%1”的密码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for "%1". You can try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>“%1”的密码错误次数过多。请在%n秒后重试，或使用恢复密钥。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consentry::ui::LoginDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>解锁%1</translation>
    </message>
    <message>
        <source>Unlock the store</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet kept at setup. It opens the store as a manager, so that you can set a new password in Settings, Users &amp; roles.</source>
        <translation>请输入安装时保存的恢复密钥纸页上的密钥。它会以管理员身份打开数据库，以便您在“设置 → 用户与角色”中设置新密码。</translation>
    </message>
    <message>
        <source>There is no Consentry store in %1. Start Consentry again to set up a new one.</source>
        <translation>%1中没有 Consentry 数据库。请重新启动 Consentry 以创建新的数据库。</translation>
    </message>
    <message>
        <source>The data folder %1 holds only part of a Consentry store: the file %2 is missing, so the store cannot be opened. Nothing was changed. Put the missing file back (from wherever the folder was copied or moved from), or restore your latest backup into an empty folder with "consentry-cli restore" and start Consentry with that folder.</source>
        <translation>数据文件夹%1中只有 Consentry 数据库的一部分：缺少文件%2，因此无法打开数据库。未做任何更改。请把缺少的文件放回（从该文件夹被复制或移走的原位置找回），或用“consentry-cli restore”将最近的备份恢复到一个空文件夹，再用该文件夹启动 Consentry。</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>改用恢复密钥</translation>
    </message>
    <message>
        <source>Use a password instead</source>
        <translation>改用密码</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
</context>
<context>
    <name>consentry::ui::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Consentry</source>
        <translation>关于 Consentry(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>大字体(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>consentry::ui::ManualWindow</name>
    <message>
        <source>%1 user manual</source>
        <translation>%1用户手册</translation>
    </message>
    <message>
        <source>Sections of the manual</source>
        <translation>手册章节</translation>
    </message>
    <message>
        <source>Find in this section</source>
        <translation>在本章中查找</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::MoveOutDialog</name>
    <message>
        <source>Move-out or checkout date</source>
        <translation>迁出或退房日期</translation>
    </message>
    <message>
        <source>Moves out on:</source>
        <translation>迁出日期：</translation>
    </message>
    <message>
        <source>When does %1 move out or check out?</source>
        <translation>%1何时迁出或退房？</translation>
    </message>
</context>
<context>
    <name>consentry::ui::NewPasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation>至少%1个字符</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>请设置至少%1个字符的密码。</translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>请再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>两次输入的密码一致。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::PaperConsentDialog</name>
    <message>
        <source>Paper consent form</source>
        <translation>纸质同意书</translation>
    </message>
    <message>
        <source>1. Print the form for the person to read and sign</source>
        <translation>一、打印同意书，由本人阅读并签署</translation>
    </message>
    <message>
        <source>&amp;Print blank form…</source>
        <translation>打印空白同意书(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save blank form as PDF…</source>
        <translation>将空白同意书另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Form &amp;language:</source>
        <translation>同意书语言(&amp;L)：</translation>
    </message>
    <message>
        <source>2. Record what the signed form says</source>
        <translation>二、录入已签署同意书的内容</translation>
    </message>
    <message>
        <source>Resident's full &amp;name:</source>
        <translation>住户姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>未满14周岁</translation>
    </message>
    <message>
        <source>14 or older</source>
        <translation>已满14周岁</translation>
    </message>
    <message>
        <source>&amp;Age (as ticked on the form):</source>
        <translation>年龄（以同意书勾选为准）(&amp;A)：</translation>
    </message>
    <message>
        <source>Guardian (a child under 14: the guardian decides and signs)</source>
        <translation>监护人（不满十四周岁的，由监护人作出决定并签字）</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Other guardian</source>
        <translation>其他监护人</translation>
    </message>
    <message>
        <source>&amp;Guardian's full name:</source>
        <translation>监护人姓名(&amp;G)：</translation>
    </message>
    <message>
        <source>Relation &amp;to the child:</source>
        <translation>与被监护人的关系(&amp;T)：</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签字人(&amp;B)：</translation>
    </message>
    <message>
        <source>Agrees to face recognition</source>
        <translation>同意人脸识别</translation>
    </message>
    <message>
        <source>Prefers another way:</source>
        <translation>不同意，改用其他方式：</translation>
    </message>
    <message>
        <source>The other way chosen</source>
        <translation>选择的其他身份验证方式</translation>
    </message>
    <message>
        <source>D&amp;ecision ticked:</source>
        <translation>勾选的决定(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>签署日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Notice &amp;version printed on the form:</source>
        <translation>同意书上印有的告知书版本(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. binder B, form 2026-031</source>
        <translation>例如：B文件夹第2026-031号</translation>
    </message>
    <message>
        <source>Where the paper is &amp;filed (optional):</source>
        <translation>纸质同意书存放位置（可选）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Record the signed form</source>
        <translation>录入已签署的同意书(&amp;R)</translation>
    </message>
    <message>
        <source>No notice has been published yet, so there is no form to print. A manager can complete the site profile in Settings.</source>
        <translation>尚未发布告知书，因此没有可打印的同意书。管理员可以在“设置”中补全场所信息。</translation>
    </message>
    <message>
        <source>Save the blank consent form</source>
        <translation>保存空白同意书</translation>
    </message>
    <message>
        <source>consent-form.pdf</source>
        <translation>纸质同意书.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The blank form was saved as %1.</source>
        <translation>空白同意书已保存为%1。</translation>
    </message>
    <message>
        <source>Print the blank consent form</source>
        <translation>打印空白同意书</translation>
    </message>
    <message>
        <source>The blank form was sent to the printer.</source>
        <translation>空白同意书已发送到打印机。</translation>
    </message>
    <message>
        <source>Enter the resident's name as written on the form.</source>
        <translation>请按同意书上的写法填写住户姓名。</translation>
    </message>
    <message>
        <source>Enter the age answer from the form: a date of birth, under 14, or 14 or older.</source>
        <translation>请填写同意书上的年龄信息：出生日期、不满14周岁或已满14周岁。</translation>
    </message>
    <message>
        <source>Enter the date of birth written on the form.</source>
        <translation>请填写同意书上写明的出生日期。</translation>
    </message>
    <message>
        <source>A child under 14: enter the guardian's name and relation to the child.</source>
        <translation>不满十四周岁：请填写监护人姓名及其与被监护人的关系。</translation>
    </message>
    <message>
        <source>Enter who signed the form.</source>
        <translation>请填写签字人。</translation>
    </message>
    <message>
        <source>Enter the decision ticked on the form.</source>
        <translation>请填写同意书上勾选的决定。</translation>
    </message>
    <message>
        <source>Choose the other way the person chose on the form.</source>
        <translation>请选择本人在同意书上选择的其他身份验证方式。</translation>
    </message>
    <message>
        <source>No notice has been published yet, so no consent can be recorded.</source>
        <translation>尚未发布告知书，因此无法录入同意。</translation>
    </message>
    <message>
        <source>Signed on a paper form (notice version %1, %2).</source>
        <translation>签署纸质同意书（告知书版本%1，%2）。</translation>
    </message>
    <message>
        <source>Signed on a paper form (notice version %1, %2), filed: %3.</source>
        <translation>签署纸质同意书（告知书版本%1，%2），存放位置：%3。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation>为%1设置新密码</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>请输入当前密码，然后输入两次新密码。</translation>
    </message>
    <message>
        <source>Set a new password for "%1" and tell them in person. Their old password stops working at once.</source>
        <translation>为“%1”设置新密码，并当面告知本人。其旧密码立即失效。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>consentry::ui::PlaceholderPage</name>
    <message>
        <source>This section is not available in this version yet. Nothing here is stored or shown until it is.</source>
        <translation>此功能在当前版本中尚未提供。在提供之前，这里不会保存或显示任何内容。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::PreviewPage</name>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Face engine: %1</source>
        <translation>人脸引擎：%1</translation>
    </message>
    <message>
        <source>No face engine could be started: %1</source>
        <translation>无法启动人脸引擎：%1</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures. Waiting for it to come back…</source>
        <translation>摄像头已停止传送画面。正在等待其恢复…</translation>
    </message>
    <message>
        <source>The camera is back.</source>
        <translation>摄像头已恢复。</translation>
    </message>
    <message>
        <source>No camera answers. Check the cable; the picture starts by itself once it is connected.</source>
        <translation>没有摄像头响应。请检查连接线；连接后画面会自动出现。</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>摄像头%1</translation>
    </message>
    <message>
        <source>No camera connected</source>
        <translation>未连接摄像头</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>Folder of pictures…</source>
        <translation>图片文件夹…</translation>
    </message>
    <message>
        <source>Video file to use as the camera</source>
        <translation>用作摄像头的视频文件</translation>
    </message>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov);;All files (*)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder of face pictures to use as the camera</source>
        <translation>用作摄像头的人脸图片文件夹</translation>
    </message>
    <message>
        <source>Registered device: %1 (%2), capture area: %3</source>
        <translation>已登记设备：%1（%2），采集区域：%3</translation>
    </message>
    <message>
        <source>This camera is not in the device register. A manager registers it in the compliance centre with where it is and what it sees before it is used.</source>
        <translation>该摄像头尚未登记。使用前，应当由管理员在合规中心登记其安装位置和采集区域。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::QtSpeechEngine</name>
    <message>
        <source>This computer has no speech engine, so the notice cannot be read aloud. Please read it to the resident, or install one (Linux: speech-dispatcher).</source>
        <translation>本机没有语音引擎，无法朗读告知书。请为住户读出告知书，或安装语音引擎（Linux：speech-dispatcher）。</translation>
    </message>
    <message>
        <source>The speech engine on this computer does not work, so the notice cannot be read aloud. Please read it to the resident, or have the computer's speech service set up.</source>
        <translation>本机的语音引擎无法工作，无法朗读告知书。请为住户读出告知书，或请人配置本机的语音服务。</translation>
    </message>
    <message>
        <source>This computer has no Chinese voice, so the notice cannot be read aloud in Chinese. Please read it to the resident, or install a Chinese voice in the system's speech settings.</source>
        <translation>本机没有中文语音，无法用中文朗读告知书。请为住户读出告知书，或在系统的语音设置中安装中文语音。</translation>
    </message>
    <message>
        <source>This computer has no English voice, so the notice cannot be read aloud in English. Please read it to the resident, or install an English voice in the system's speech settings.</source>
        <translation>本机没有英文语音，无法用英文朗读告知书。请为住户读出告知书，或在系统的语音设置中安装英文语音。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. Destroy every copy of it.</source>
        <translation>旧的恢复密钥已失效。请销毁它的所有副本。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::RecoveryKeyPanel</name>
    <message>
        <source>This recovery key opens the store when every password is forgotten. It is shown only now and cannot be shown again. Print it or write it down, and keep it locked away, apart from this computer. Anyone who has it can read all the data.</source>
        <translation>所有密码都遗忘时，可以用这个恢复密钥打开数据库。它只在此时显示，之后无法再次显示。请打印或抄写下来，锁存在远离这台电脑的地方。任何拿到它的人都能读取全部数据。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>I have stored the recovery key safely.</source>
        <translation>我已妥善保管恢复密钥。</translation>
    </message>
    <message>
        <source>Consentry recovery key</source>
        <translation>Consentry 恢复密钥</translation>
    </message>
    <message>
        <source>Consentry</source>
        <translation>Consentry</translation>
    </message>
    <message>
        <source>Keep this page locked away. Anyone who has it can read all the data.</source>
        <translation>请将本页锁存保管。任何拿到它的人都能读取全部数据。</translation>
    </message>
    <message>
        <source>This key opens the encrypted Consentry store when every password is forgotten. Type it in the login window under "Use the recovery key instead", then set a new password.</source>
        <translation>所有密码都遗忘时，可用此密钥打开加密的 Consentry 数据库：在登录窗口中点击“改用恢复密钥”并输入，然后设置新密码。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Stored where</source>
        <translation>保管位置</translation>
    </message>
    <message>
        <source>A new key can be made in Settings, Users &amp; roles; this one then stops working. Destroy this page when that happens.</source>
        <translation>可在“设置 → 用户与角色”中生成新的恢复密钥，届时本密钥即失效，请随即销毁本页。</translation>
    </message>
    <message>
        <source>Copied. Paste it where it will be kept safe, then copy something else so it does not stay on the clipboard.</source>
        <translation>已复制。请粘贴到安全保管的地方，然后复制其他内容，以免密钥留在剪贴板中。</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>将恢复密钥保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a safe place, such as a USB stick kept locked away.</source>
        <translation>已保存到%1。请将其移到安全的地方，例如锁存保管的 U 盘。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::ResidentDetailPane</name>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>告知</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>识别引擎</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last matched</source>
        <translation>最近匹配</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Only a manager or an auditor can see the audit events of a person.</source>
        <translation>只有管理员或审计员可以查看个人的审计事件。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Select a resident to see their consents, face templates and history.</source>
        <translation>选择一位住户，查看其同意记录、人脸特征模板和历史。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>同意状态：%1</translation>
    </message>
    <message>
        <source>Under 14 (guardian consent)</source>
        <translation>未满14周岁（监护人同意）</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>出生于%1</translation>
    </message>
    <message>
        <source>Moved in %1</source>
        <translation>入住于%1</translation>
    </message>
    <message>
        <source>Moves out %1</source>
        <translation>迁出于%1</translation>
    </message>
    <message>
        <source>Face data deleted on %1</source>
        <translation>人脸信息将于%1删除</translation>
    </message>
    <message>
        <source>Last verified %1</source>
        <translation>最近验证%1</translation>
    </message>
    <message>
        <source>Consent history (%1)</source>
        <translation>同意记录（%1）</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Declined (alternative: %1)</source>
        <translation>拒绝（其他身份验证方式：%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>版本%1（%2）</translation>
    </message>
    <message>
        <source>Face templates (%1)</source>
        <translation>人脸特征模板（%1）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>人脸特征模板</translation>
    </message>
    <message>
        <source>The notice changed materially since this person consented: their face data is not used until they consent again (Renew consent).</source>
        <translation>自本人作出同意以来，告知书发生重大变更：在重新同意之前不使用其人脸信息（请点击“重新同意”）。</translation>
    </message>
    <message>
        <source>Withdrawn %1 by %2</source>
        <translation>%1由%2撤回同意</translation>
    </message>
    <message>
        <source>%1 (guardian, %2)</source>
        <translation>%1（监护人，%2）</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>监护人：%1</translation>
    </message>
</context>
<context>
    <name>consentry::ui::ResidentsModel</name>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>保存期限届满</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>未满14周岁</translation>
    </message>
    <message>
        <source>Face data of this person is deleted on this day under the site's retention period.</source>
        <translation>根据本场所的保存期限，此人的人脸信息将于当日删除。</translation>
    </message>
    <message>
        <source>Under 14: a guardian consents on their behalf.</source>
        <translation>未满14周岁：由监护人代为同意。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房间</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板数</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近验证</translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Renewal needed</source>
        <translation>需要重新同意</translation>
    </message>
    <message>
        <source>Record reduced on %1 (retention of records ended)</source>
        <translation>记录已于%1精简（记录保存期限届满）</translation>
    </message>
    <message>
        <source>The site's retention period for records ended: the name, unit and dates were deleted. Only the number, the consent state and the times stay, as the audit log needs them.</source>
        <translation>本场所规定的记录保存期限已届满：姓名、单元/房间和日期已删除。仅保留审计日志所需的编号、同意状态和时间。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::ResidentsPage</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Search name or unit/room</source>
        <translation>搜索姓名或单元/房间</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部住户</translation>
    </message>
    <message>
        <source>Consent in force</source>
        <translation>同意有效</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>Retention expired</source>
        <translation>保存期限已届满</translation>
    </message>
    <message>
        <source>Declined (alternative used)</source>
        <translation>已拒绝（使用其他身份验证方式）</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>未满14周岁</translation>
    </message>
    <message>
        <source>Deletion due within %1 days</source>
        <translation>%1天内到期删除</translation>
    </message>
    <message>
        <source>Work through the list</source>
        <translation>逐一处理</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>编辑信息…</translation>
    </message>
    <message>
        <source>Move-out date…</source>
        <translation>迁出日期…</translation>
    </message>
    <message>
        <source>Re-enroll</source>
        <translation>重新录入</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Delete resident…</source>
        <translation>删除住户…</translation>
    </message>
    <message>
        <source>Export access package…</source>
        <translation>导出个人信息副本…</translation>
    </message>
    <message>
        <source>Needs re-enrollment (engine changed)</source>
        <translation>需要重新录入（识别引擎已更换）</translation>
    </message>
    <message>
        <source>Residents enrolled with a face engine that is no longer in use: %1. Their face verification works again only after re-enrollment.</source>
        <translation>使用已停用识别引擎录入的住户：%1人。重新录入后才能再次使用人脸验证。</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>已显示：%1 / %2</translation>
    </message>
    <message>
        <source>Select a resident to see their consents, face templates and history.</source>
        <translation>选择一位住户，查看其同意记录、人脸特征模板和历史。</translation>
    </message>
    <message>
        <source>This person has no consent in force and no face data to withdraw.</source>
        <translation>此人没有有效的同意，也没有可撤回的人脸信息。</translation>
    </message>
    <message>
        <source>The details of %1 were saved.</source>
        <translation>已保存%1的信息。</translation>
    </message>
    <message>
        <source>Move-out date set to %1.</source>
        <translation>迁出日期已设为%1。</translation>
    </message>
    <message>
        <source>Move-out date cleared.</source>
        <translation>已清除迁出日期。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Withdraw the consent of %1 to facial recognition?

Their face templates (%2) are deleted at once and cannot be recovered. The consent record and the audit trail are kept as proof. %1 can still be verified by the alternative way.</source>
        <translation>确定撤回%1对人脸识别的单独同意吗？

其人脸特征模板（%2个）将立即删除且无法恢复。同意记录和审计记录将作为证明保留。%1仍可通过其他身份验证方式进行验证。</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>删除住户</translation>
    </message>
    <message>
        <source>Delete %1 entirely?

Their details, consent records, signatures and face templates are erased and cannot be recovered. The audit trail keeps only that it happened.</source>
        <translation>确定彻底删除%1吗？

其个人信息、同意记录、签名和人脸特征模板将被清除且无法恢复。审计记录中仅保留此操作的记录。</translation>
    </message>
    <message>
        <source>%1 was deleted: face templates (%2) and all consent records erased.</source>
        <translation>已删除%1：人脸特征模板（%2个）和全部同意记录已清除。</translation>
    </message>
    <message>
        <source>Save the receipt (PDF, for printing)</source>
        <translation>保存回执（PDF，可打印）</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>回执已保存：%1</translation>
    </message>
    <message>
        <source>Folder for the access package</source>
        <translation>个人信息副本的保存文件夹</translation>
    </message>
    <message>
        <source>Access package written to %1 (files: %2).</source>
        <translation>个人信息副本已写入%1（文件数：%2）。</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>搜索住户</translation>
    </message>
    <message>
        <source>Consent renewal needed (notice changed)</source>
        <translation>需要重新同意（告知书已变更）</translation>
    </message>
    <message>
        <source>Moved out / checked out today</source>
        <translation>今日已迁出或退房</translation>
    </message>
    <message>
        <source>Renew consent…</source>
        <translation>重新同意…</translation>
    </message>
    <message>
        <source>Save the receipt again…</source>
        <translation>再次保存回执…</translation>
    </message>
    <message>
        <source>The receipt of a withdrawal or deletion was not saved: save or print it now.</source>
        <translation>撤回同意或删除的回执尚未保存：请现在保存或打印。</translation>
    </message>
    <message>
        <source>Only for someone whose face data is kept.</source>
        <translation>仅适用于保存有人脸信息的人员。</translation>
    </message>
    <message>
        <source>Only for someone whose consent needs renewal after a change of the notice.</source>
        <translation>仅适用于告知书变更后需要重新同意的人员。</translation>
    </message>
    <message>
        <source>Save the receipt of %1 again…</source>
        <translation>再次保存%1的回执…</translation>
    </message>
    <message>
        <source>Move-out or checkout recorded for today, %1.</source>
        <translation>已记录今日（%1）迁出或退房。</translation>
    </message>
    <message>
        <source>No notice is in force, so no consent can be asked.</source>
        <translation>没有现行告知书，因此不能征求同意。</translation>
    </message>
    <message>
        <source>The notice has changed since you consented (version %1 → %2). Until you consent again your face data is not used; without a new consent it is deleted on %3.</source>
        <translation>自您作出同意以来，告知书已变更（第%1版 → 第%2版）。在您重新同意之前，不使用您的人脸信息；未重新同意的，将于%3删除。</translation>
    </message>
    <message>
        <source>Consent renewed on the notice in force; the face data is used again.</source>
        <translation>已针对现行告知书重新同意，人脸信息恢复使用。</translation>
    </message>
    <message>
        <source>The new notice was declined: the face data was deleted and the other way chosen is recorded.</source>
        <translation>本人不同意新告知书：人脸信息已删除，所选的其他身份验证方式已记录。</translation>
    </message>
    <message>
        <source>Records reduced (retention of records ended)</source>
        <translation>已精简的记录（记录保存期限届满）</translation>
    </message>
    <message>
        <source>Paper consent form…</source>
        <translation>纸质同意书…</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1: %2</source>
        <translation>回执无法写入%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The receipt was not saved; "Save the receipt again" offers it for %n day(s), also after a restart.</source>
        <translation><numerusform>回执未保存；%n天内（重启后也一样）可以通过“重新保存回执”再次保存。</numerusform></translation>
    </message>
</context>
<context>
    <name>consentry::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>%1 (%2, saved %3)</source>
        <translation>%1（%2，保存于%3）</translation>
    </message>
    <message numerus="yes">
        <source>The store in %1, with its %n resident(s) as they are now, will be replaced by the state saved in the backup %2.</source>
        <translation>
            <numerusform>%1中的数据库（现有%n位住户）将被备份%2中保存的状态替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything recorded after the backup is lost, except deletions: every withdrawal, deletion and purge made after it is applied again before the store opens, so no face data comes back. The current store is kept until the restore has succeeded; if it fails, nothing changes.</source>
        <translation>备份之后记录的内容将会丢失，删除除外：备份之后的每一项撤回同意、删除和到期删除都会在数据库打开前重新执行，已删除的人脸信息不会恢复。恢复成功之前保留当前数据库；恢复失败则不作任何更改。</translation>
    </message>
    <message>
        <source>Everyone is signed out; sign in again afterwards.</source>
        <translation>所有用户都将退出登录；恢复后请重新登录。</translation>
    </message>
    <message>
        <source>&amp;Manager in the backup:</source>
        <translation>备份中的管理员(&amp;M)：</translation>
    </message>
    <message>
        <source>Their &amp;password in the backup:</source>
        <translation>该管理员在备份中的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>I understand that the store in use is &amp;replaced by the backup.</source>
        <translation>我了解正在使用的数据库将被备份替换(&amp;R)。</translation>
    </message>
    <message>
        <source>Restore and &amp;replace</source>
        <translation>恢复并替换(&amp;R)</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SecurityTab</name>
    <message>
        <source>Only a manager can change this.</source>
        <translation>只有管理员可以修改此项。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse use, the console locks itself and hides everything until a user types their password. Use File → Lock now when you leave the desk.</source>
        <translation>键盘和鼠标无操作达到此时长后，控制台会自动锁定并隐藏所有内容，直到用户输入密码。离开工位时请使用“文件 → 立即锁定”。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自动锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The check stops a photo or a phone screen held up to the camera, moved or turned; it does not stop a replayed video, a 3D mask or a determined attacker, so staff still decide.</source>
        <translation>该检测可以识破在摄像头前举起、移动或转动的照片或手机屏幕；但不能识破回放的视频、3D面具或有备而来的攻击者，因此仍由工作人员决定。</translation>
    </message>
    <message>
        <source>L&amp;iveness check:</source>
        <translation>活体检测(&amp;I)：</translation>
    </message>
    <message>
        <source>Front-desk staff may &amp;answer access requests (view and copy a person's data)</source>
        <translation>前台经办人可以处理查阅、复制请求(&amp;A)（查阅和复制本人的个人信息）</translation>
    </message>
    <message>
        <source>When on, staff can export a person's access package from the Residents screen; each export is recorded in the audit log with the staff member's name. When off, only a manager can.</source>
        <translation>开启后，经办人可以在“住户”页面导出个人信息副本，每次导出都以经办人的名义记入审计日志。关闭时，只有管理员可以导出。</translation>
    </message>
    <message>
        <source>Access requests:</source>
        <translation>查阅、复制请求：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SettingsPage</name>
    <message>
        <source>Site &amp;profile</source>
        <translation>场所信息(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Users &amp;&amp; roles</source>
        <translation>用户与角色(&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>安全(&amp;C)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SetupWizard</name>
    <message>
        <source>Set up Consentry</source>
        <translation>设置 Consentry</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>欢迎使用%1</translation>
    </message>
    <message>
        <source>First, who runs the facial recognition here and why. Residents see these details on the notice and the signs before they decide whether to consent. You can change them later in Settings.</source>
        <translation>首先填写由谁在此处使用人脸识别、目的是什么。住户在决定是否同意之前，会在告知书和告示牌上看到这些信息。之后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>The manager's account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <source>The manager may do everything, including adding staff and auditor accounts. The password encrypts the data: nobody, not even the maker of Consentry, can recover it. The recovery key on the next page is the only way back in if it is forgotten.</source>
        <translation>管理员可进行全部操作，包括添加前台员工和审计员账户。此密码用于加密数据：任何人（包括 Consentry 的开发者）都无法找回。遗忘密码时，下一页的恢复密钥是唯一的进入方式。</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>例如 wang.li</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Creating the encrypted store in %1…</source>
        <translation>正在%1中创建加密数据库…</translation>
    </message>
    <message>
        <source>Deriving the key from the password takes a moment on purpose: it makes guessing passwords slow.</source>
        <translation>由密码推导密钥会有意花费一些时间，这会让猜测密码变得很慢。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第%1步，共%2步</translation>
    </message>
    <message>
        <source>Type at least the site name and who operates it.</source>
        <translation>请至少填写场所名称和个人信息处理者。</translation>
    </message>
    <message>
        <source>Still missing: %1. Nobody can be enrolled until these are filled in; you can add them later in Settings.</source>
        <translation>尚缺：%1。填写完整之前不能登记任何人；之后可在“设置”中补充。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Set up and continue</source>
        <translation>完成设置并继续(&amp;S)</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SignageEditor</name>
    <message>
        <source>Sign</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>What the sign says</source>
        <translation>标识内容</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>不使用标志</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Preview of the sign</source>
        <translation>标识预览</translation>
    </message>
    <message>
        <source>Cannot print the sign</source>
        <translation>无法打印标识</translation>
    </message>
    <message>
        <source>Facial recognition sign</source>
        <translation>人脸识别提示标识</translation>
    </message>
    <message>
        <source>Print the sign</source>
        <translation>打印标识</translation>
    </message>
    <message>
        <source>Print preview of the sign</source>
        <translation>标识打印预览</translation>
    </message>
    <message>
        <source>Export the sign as PDF</source>
        <translation>将标识导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the sign</source>
        <translation>无法导出标识</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>样式(&amp;Y)：</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <source>Device the sign is for</source>
        <translation>标识对应的设备</translation>
    </message>
    <message>
        <source>No specific device</source>
        <translation>不对应特定设备</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>徽标文件</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <source>Print prev&amp;iew…</source>
        <translation>打印预览(&amp;I)…</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SiteProfileForm</name>
    <message>
        <source>e.g. Sunrise Apartments</source>
        <translation>例如：朝阳公寓</translation>
    </message>
    <message>
        <source>The company or person that runs the facial recognition</source>
        <translation>使用人脸识别的单位或个人（个人信息处理者）</translation>
    </message>
    <message>
        <source>Why faces are recognised here, e.g. opening the lobby door for residents</source>
        <translation>在此处进行人脸识别的目的，例如为住户开启大堂门禁</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Face data is deleted automatically after this time; keeping it forever is not allowed.</source>
        <translation>人脸信息在保存期限届满后自动删除；不允许永久保存。</translation>
    </message>
    <message>
        <source>One per line, e.g. key card, ID card at the front desk</source>
        <translation>每行一项，例如门卡、在前台出示身份证</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>场所名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operated by:</source>
        <translation>个人信息处理者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>处理目的(&amp;U)：</translation>
    </message>
    <message>
        <source>Other &amp;ways to verify:</source>
        <translation>其他身份验证方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Notice web address:</source>
        <translation>告知书网址(&amp;N)：</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>Operated by</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>a phone, email or address</source>
        <translation>电话、电子邮箱或地址（至少一项）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Other ways to verify</source>
        <translation>其他身份验证方式</translation>
    </message>
    <message>
        <source>Notice web address</source>
        <translation>告知书网址</translation>
    </message>
    <message>
        <source>Choose how long face data is kept: from 1 to %1 days. Keeping it forever is not allowed.</source>
        <translation>请选择人脸信息的保存期限：1至%1天。不允许永久保存。</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Hotel (guests, checkout)</source>
        <translation>酒店（住客，退房）</translation>
    </message>
    <message>
        <source>Residential compound (residents, move-out)</source>
        <translation>住宅小区（住户，迁出）</translation>
    </message>
    <message>
        <source>Counted from enrollment: face data is deleted then at the latest, whatever the move-out or checkout date says.</source>
        <translation>自登记之日起计算：无论迁出或退房日期如何，人脸信息最迟在此时删除。</translation>
    </message>
    <message>
        <source>The site type's default</source>
        <translation>按场所类型默认</translation>
    </message>
    <message>
        <source>One-to-one verification (staff name the person first)</source>
        <translation>一对一核验（工作人员先确认本人身份）</translation>
    </message>
    <message>
        <source>One-to-many identification (search everyone enrolled)</source>
        <translation>一对多辨识（在全部已登记人员中查找）</translation>
    </message>
    <message>
        <source>e.g. children under 14 are verified by staff with their guardian</source>
        <translation>例如：不满十四周岁的未成年人由监护人陪同，工作人员人工核验</translation>
    </message>
    <message>
        <source>e.g. encrypted USB disk in the manager's safe</source>
        <translation>例如：经理保险柜中的加密移动硬盘</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kept after move-out or checkout:</source>
        <translation>迁出或退房后保存(&amp;K)：</translation>
    </message>
    <message>
        <source>Kept at &amp;most after enrollment:</source>
        <translation>自登记之日起最长保存(&amp;M)：</translation>
    </message>
    <message>
        <source>Verification records kept:</source>
        <translation>核验记录保存：</translation>
    </message>
    <message>
        <source>Time to consent again after a change:</source>
        <translation>变更后重新同意的期限：</translation>
    </message>
    <message>
        <source>Rules for children under 14:</source>
        <translation>不满十四周岁未成年人的专门规则：</translation>
    </message>
    <message>
        <source>Encrypted backups kept at:</source>
        <translation>加密备份存放地点：</translation>
    </message>
    <message>
        <source>Every sign prints this address as a QR code, so that anyone can read the whole notice before deciding. Signs cannot be printed without it.</source>
        <translation>每张显著提示标识都会将此网址印为二维码，便于任何人在作出决定前阅读完整的告知书。未填写此网址时无法打印标识。</translation>
    </message>
    <message>
        <source>Kept after move-out or checkout</source>
        <translation>迁出或退房后的保存期限</translation>
    </message>
    <message>
        <source>Site type:</source>
        <translation>场所类型：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>核验方式：</translation>
    </message>
</context>
<context>
    <name>consentry::ui::SiteProfileTab</name>
    <message>
        <source>Who runs the facial recognition here, why, for how long face data is kept and how residents reach you. The notice, the signs and the consent forms are filled from these details.</source>
        <translation>由谁在此处使用人脸识别、目的是什么、人脸信息保存多久，以及住户如何联系您。告知书、告示牌和同意书都根据这些信息生成。</translation>
    </message>
    <message>
        <source>Only a manager can change this.</source>
        <translation>只有管理员可以修改此项。</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Still missing before anyone can be enrolled: %1.</source>
        <translation>登记任何人之前尚缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>保存更改(&amp;C)</translation>
    </message>
    <message>
        <source>Notice version %1 is now in force.</source>
        <translation>第%1版告知书现已生效。</translation>
    </message>
    <message numerus="yes">
        <source>This change is material: %n person(s) must read the new notice and consent again before their face data is used; until then they are not recognised.</source>
        <translation>
            <numerusform>此项变更属于重大变更：%n人应当阅读新告知书并重新作出同意，之后才会继续使用其人脸信息；在此之前不对其进行识别。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the signs and paper forms again: the ones on display state the previous version.</source>
        <translation>请重新打印显著提示标识和纸质同意书：现在张贴的内容是上一版。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::UsersModel</name>
    <message>
        <source>This is you.</source>
        <translation>这是您本人。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
</context>
<context>
    <name>consentry::ui::UsersTab</name>
    <message>
        <source>You opened the store with the recovery key. Select the user who forgot their password and choose "Set new password…".</source>
        <translation>您是用恢复密钥打开数据库的。请选中忘记密码的用户，然后点击“设置新密码…”。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）。</translation>
    </message>
    <message>
        <source>Only a manager can see and change user accounts.</source>
        <translation>只有管理员可以查看和修改用户账户。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Set &amp;new password…</source>
        <translation>设置新密码(&amp;N)…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>新的恢复密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>已添加%1，角色为%2。</translation>
    </message>
    <message>
        <source>Removed %1. Their password no longer opens the store; what they did stays in the audit log.</source>
        <translation>已删除%1。其密码不再能打开数据库；其操作记录仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>%1 has a new password. Tell them in person.</source>
        <translation>%1已设置新密码。请当面告知本人。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer works.</source>
        <translation>已生成新的恢复密钥；旧的恢复密钥已失效。</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Remove the account "%1"? Their password stops opening the store at once.</source>
        <translation>删除账户“%1”？其密码将立即无法打开数据库。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old key stops working at once, and the new one is shown only once.</source>
        <translation>生成新的恢复密钥？旧密钥将立即失效，新密钥只显示一次。</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
</context>
<context>
    <name>consentry::ui::VerifyPage</name>
    <message>
        <source>Verify a resident</source>
        <translation>验证住户</translation>
    </message>
    <message>
        <source>By face</source>
        <translation>人脸验证</translation>
    </message>
    <message>
        <source>Another way (no face)</source>
        <translation>其他身份验证方式（不使用人脸）</translation>
    </message>
    <message>
        <source>Name or unit/room</source>
        <translation>姓名或单元/房间</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未通过验证</translation>
    </message>
    <message>
        <source>Way of checking:</source>
        <translation>核实方式：</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Resident no. %1</source>
        <translation>住户编号%1</translation>
    </message>
    <message>
        <source>Recorded: %1 verified by %2.</source>
        <translation>已记录：%1通过%2验证。</translation>
    </message>
    <message>
        <source>Recorded: %1 could not be verified by %2.</source>
        <translation>已记录：%1未能通过%2验证。</translation>
    </message>
    <message>
        <source>Liveness check: ask the resident to follow the instruction under the picture.</source>
        <translation>活体检测：请住户按画面下方的提示动作。</translation>
    </message>
    <message>
        <source>The liveness check was not passed, so no face result was recorded. Try again, or use another way on the right.</source>
        <translation>活体检测未通过，因此未记录人脸识别结果。请重试，或使用右侧的其他身份验证方式。</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>正在办理的人员</translation>
    </message>
    <message>
        <source>Search residents by name or unit/room</source>
        <translation>按姓名或单元/房间查找住户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Find the person by name or unit/room:</source>
        <translation>按姓名或单元/房间查找该人员：</translation>
    </message>
    <message>
        <source>Face verification mode</source>
        <translation>人脸识别方式</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Click on the face of the person being served to compare that face only.</source>
        <translation>点击正在办理业务的人员的面部，只核验该人脸。</translation>
    </message>
    <message>
        <source>Only one face is processed: the one you click on the picture, or else the largest face in the middle. Other faces are not compared or recorded.</source>
        <translation>只处理一张人脸：您在画面上点击的人脸，未点击时为画面中部最大的人脸。其他人脸不作比较，也不作记录。</translation>
    </message>
    <message>
        <source>Compare face</source>
        <translation>核验人脸</translation>
    </message>
    <message>
        <source>Confirm: this is the person</source>
        <translation>确认是本人</translation>
    </message>
    <message>
        <source>Use another way</source>
        <translation>改用其他方式</translation>
    </message>
    <message>
        <source>Anyone may be verified without their face. Choose the person on the left, check them another way, then record the result.</source>
        <translation>任何人都可以不使用人脸进行身份验证。请在左侧选择该人员，以其他身份验证方式核实后记录结果。</translation>
    </message>
    <message>
        <source>Way of checking</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation>尚未选择人员。</translation>
    </message>
    <message>
        <source>The face is compared only with the person chosen on the left.</source>
        <translation>一对一核验：只与左侧所选人员的人脸特征模板比较。</translation>
    </message>
    <message>
        <source>The face is compared with everyone enrolled.</source>
        <translation>一对多辨识：与全部已录入人员的人脸特征模板比较。</translation>
    </message>
    <message>
        <source>Face templates in the gallery: %1.</source>
        <translation>人脸库中的人脸特征模板数：%1。</translation>
    </message>
    <message>
        <source>Choose the person on the left first (name or unit/room): one-to-one verification compares the face with that person only.</source>
        <translation>请先在左侧选择该人员（姓名或单元/房间）：一对一核验只与该人员比较。</translation>
    </message>
    <message>
        <source>Ask the resident to look at the camera, then choose Compare face (or click on their face).</source>
        <translation>请住户看向摄像头，然后点击“核验人脸”（或直接点击其面部）。</translation>
    </message>
    <message>
        <source>Match (high confidence)</source>
        <translation>匹配（高置信度）</translation>
    </message>
    <message>
        <source>Manual review needed (medium confidence)</source>
        <translation>需人工复核（中置信度）</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>未匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n faces were in the picture; only the chosen one was compared. The others were not processed or recorded.</source>
        <translation>
            <numerusform>画面中有%n张人脸，只比较了所选的一张，其他人脸未作处理，也未作记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is recorded until you decide.</source>
        <translation>在您作出决定之前，不作任何记录。</translation>
    </message>
    <message>
        <source>Look at the person: if it is them, confirm. Nothing is recorded until you confirm.</source>
        <translation>请核对眼前的人员：确为本人时再确认。确认之前不作任何记录。</translation>
    </message>
    <message>
        <source>The face is similar but not clearly the same person. Check another way first (ID card, or staff who know the person); confirm by face only if you are sure.</source>
        <translation>人脸相似，但不能明确为同一人。请先以其他身份验证方式核实（身份证，或由认识该人员的工作人员确认）；只有确定无误时才以人脸确认。</translation>
    </message>
    <message>
        <source>The face does not match %1. Check the person another way.</source>
        <translation>人脸与%1不匹配。请以其他身份验证方式核实。</translation>
    </message>
    <message>
        <source>No one enrolled matches this face. Use another way.</source>
        <translation>没有已录入人员与此人脸匹配。请改用其他身份验证方式。</translation>
    </message>
    <message>
        <source>Recorded: %1 verified by face (%2), confirmed by you.</source>
        <translation>已记录：%1经人脸验证通过（%2），由您确认。</translation>
    </message>
    <message>
        <source>Nothing was recorded for the face. Check the person another way on the right.</source>
        <translation>人脸结果未作记录。请在右侧以其他身份验证方式核实该人员。</translation>
    </message>
    <message>
        <source>Face verification is unavailable on this computer.</source>
        <translation>本机暂不能进行人脸验证。</translation>
    </message>
    <message>
        <source>Face verification is unavailable: the face engine or the stored face data could not be loaded (the status bar says why). Verify the person another way, on the right.</source>
        <translation>暂不能进行人脸验证：人脸识别引擎或已存储的人脸信息未能加载（原因见状态栏）。请使用右侧的其他方式验证此人。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Consent-first facial recognition console.</source>
        <translation>以单独同意为前提的人脸识别管理台。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Folder of the encrypted database (default: %1).</source>
        <translation>加密数据库所在的文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Section to open first: %1.</source>
        <translation>启动时打开的功能区：%1。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown section "%1".</source>
        <translation>未知功能区“%1”。</translation>
    </message>
    <message>
        <source>Video file or folder of face pictures to use instead of a camera.</source>
        <translation>代替摄像头使用的视频文件或人脸图片文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
</TS>
