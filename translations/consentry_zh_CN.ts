<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>退出码：0 成功，1 用法错误，2 身份验证失败，3 数据错误，4 未找到，5 因规则被拒绝，6 读写错误。</translation>
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
    <name>Context</name>
    <message>
        <source>The option --%1 is required for this command.</source>
        <translation>此命令必须提供选项 --%1。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Documents can only be drawn by a program that has loaded its fonts; this is a bug, please report it.</source>
        <translation>只有已加载字体的程序才能绘制文档；这是程序缺陷，请报告。</translation>
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
        <source>The document could not be finished on the printer or in the file; check the printer or the disk and try again.</source>
        <translation>无法在打印机或文件中完成该文档；请检查打印机或磁盘后重试。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2. Choose another file or folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件或文件夹。</translation>
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
        <translation>显示摄像头画面、人脸框以及拍好照片的提示。</translation>
    </message>
    <message>
        <source>Shows the notice, records the resident's separate consent or chosen alternative, and only then captures face samples.</source>
        <translation>先展示告知书，记录住户的单独同意或所选的其他身份验证方式，然后才采集人脸样本。</translation>
    </message>
    <message>
        <source>Lists residents, their consents and face templates; withdrawal, retention, export and deletion.</source>
        <translation>列出住户及其同意记录和人脸模板；撤回同意、保存期限、导出和删除。</translation>
    </message>
    <message>
        <source>Recognises residents at the desk, with another way of verifying identity always available.</source>
        <translation>在前台识别住户，并始终提供其他身份验证方式。</translation>
    </message>
    <message>
        <source>Prints the bilingual compliance signs required where facial recognition is used.</source>
        <translation>打印使用人脸识别的场所必须张贴的中英双语提示标识。</translation>
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
        <translation>纸张大小：A4、A5、A6 或 Letter（默认：标识自身的尺寸）。小标识打印在较大纸张上时会带裁切标记。</translation>
    </message>
    <message>
        <source>An image file (PNG or JPEG) to show as the site's logo.</source>
        <translation>作为场所标志显示的图片文件（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>Unknown layout "%1": use poster-a4, counter-a5 or label-a6.</source>
        <translation>未知的标识样式“%1”：请使用 poster-a4、counter-a5 或 label-a6。</translation>
    </message>
    <message>
        <source>Unknown sign language "%1": use zh_CN, en or zh_CN+en.</source>
        <translation>未知的标识语言“%1”：请使用 zh_CN、en 或 zh_CN+en。</translation>
    </message>
    <message>
        <source>Unknown paper size "%1": use A4, A5, A6 or Letter.</source>
        <translation>未知的纸张大小“%1”：请使用 A4、A5、A6 或 Letter。</translation>
    </message>
    <message>
        <source>This version reads the site profile only from a file: add --profile FILE.json.</source>
        <translation>本版本只能从文件读取场所信息：请添加 --profile FILE.json。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the sign to %1 (%n page(s)).</source>
        <translation><numerusform>已将标识写入 %1（共 %n 页）。</numerusform></translation>
    </message>
</context>
<context>
    <name>SignageFonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text may print as empty boxes; install fonts-noto-cjk (Linux) or a Chinese font and try again.</source>
        <translation>未安装中文字体，中文可能打印为空白方框；请安装 fonts-noto-cjk（Linux）或其他中文字体后重试。</translation>
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
    <message>
        <source>Signs can only be drawn by a program that has loaded its fonts; this is a bug, please report it.</source>
        <translation>只有已加载字体的程序才能绘制标识；这是程序缺陷，请报告。</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing; check that it is available and try again.</source>
        <translation>无法打开打印机或文件进行绘制；请确认其可用后重试。</translation>
    </message>
    <message>
        <source>The sign could not be finished on the printer or in the file; check the printer or the disk and try again.</source>
        <translation>无法在打印机或文件中完成该标识；请检查打印机或磁盘后重试。</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2. Choose another file or folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件或文件夹。</translation>
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
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5（148 × 210 毫米）</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6（105 × 148 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>The site profile has no "%1", which the sign must show; fill it in and try again.</source>
        <translation>场所信息中缺少“%1”，而标识必须显示此项；请填写后重试。</translation>
    </message>
    <message>
        <source>The logo image "%1" does not exist; choose another file or no logo.</source>
        <translation>标志图片“%1”不存在；请选择其他文件或不使用标志。</translation>
    </message>
    <message>
        <source>The logo "%1" is not an image Consentry can read; use a PNG or JPEG file.</source>
        <translation>Consentry 无法读取标志图片“%1”；请使用 PNG 或 JPEG 文件。</translation>
    </message>
</context>
<context>
    <name>SiteProfile</name>
    <message>
        <source>The site profile field "%1" must be text.</source>
        <translation>场所信息中的字段“%1”必须是文字。</translation>
    </message>
    <message>
        <source>The site profile field "%1" is longer than %2 characters.</source>
        <translation>场所信息中的字段“%1”超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>The site profile field "retention_days" must be a whole number of days from 1 to %1: keeping face data forever is not allowed.</source>
        <translation>场所信息中的字段“retention_days”必须是 1 到 %1 之间的整数天数：不允许永久保存人脸信息。</translation>
    </message>
    <message>
        <source>The site profile field "alternatives" must be a list of texts.</source>
        <translation>场所信息中的字段“alternatives”必须是文字列表。</translation>
    </message>
    <message>
        <source>The site profile has an unknown field "%1".</source>
        <translation>场所信息中有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The site profile field "notice_url" must be a web address starting with https://.</source>
        <translation>场所信息中的字段“notice_url”必须是以 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>Cannot read the site profile "%1": %2</source>
        <translation>无法读取场所信息文件“%1”：%2</translation>
    </message>
    <message>
        <source>The site profile "%1" is too large to be a profile.</source>
        <translation>场所信息文件“%1”过大，不是有效的场所信息。</translation>
    </message>
    <message>
        <source>The site profile "%1" is not a valid JSON object (%2).</source>
        <translation>场所信息文件“%1”不是有效的 JSON 对象（%2）。</translation>
    </message>
</context>
<context>
    <name>consentry::ui::CameraView</name>
    <message>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB camera and it will appear here by itself, or choose a video file or image folder in Settings.</source>
        <translation>未找到摄像头。请连接 USB 摄像头，画面会自动出现在这里；也可以在“设置”中选择视频文件或图片文件夹。</translation>
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
        <translation>%1 帧/秒</translation>
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
        <source>The resident is under 14</source>
        <translation>住户不满十四周岁</translation>
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
        <source>As the child's guardian, I have read the notice and separately consent to the processing of the child's facial information.</source>
        <translation>我作为该未成年人的监护人，已阅读告知书，并单独同意处理该未成年人的人脸信息。</translation>
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
        <source>Signature of the resident (or guardian):</source>
        <translation>住户（或监护人）签名：</translation>
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
        <translation>没问题。您希望用哪种其他身份验证方式？</translation>
    </message>
    <message>
        <source>Your choice does not affect any service and costs you nothing. No face picture will be taken.</source>
        <translation>您的选择不会影响任何服务，也不会产生任何费用。我们不会拍摄您的面部画面。</translation>
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
        <source>About Consentry</source>
        <translation>关于 Consentry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Consent-first facial recognition for small hotels and residential compounds. Face data stays encrypted on this computer and is never sent over a network.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;面向小型酒店和住宅小区、以单独同意为前提的人脸识别。人脸信息加密保存在本机，绝不通过网络传输。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
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
    <name>consentry::ui::SignageEditor</name>
    <message>
        <source>Sign</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>样式(&amp;L)：</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>What the sign says</source>
        <translation>标识内容</translation>
    </message>
    <message>
        <source>The company that runs the facial recognition</source>
        <translation>使用人脸识别的个人信息处理者（单位名称）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>One per line, e.g. key card</source>
        <translation>每行一种，例如：门禁卡</translation>
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
        <source>&amp;Site name:</source>
        <translation>场所名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Operated by:</source>
        <translation>个人信息处理者(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>使用目的(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>保存期限(&amp;K)：</translation>
    </message>
    <message>
        <source>Other &amp;ways:</source>
        <translation>其他身份验证方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Notice web address:</source>
        <translation>告知书网址(&amp;N)：</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>标志(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
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
</context>
</TS>
