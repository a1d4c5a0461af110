// 此文件由 scripts/generate-api-client.ts 根据服务端 OpenAPI 文档自动生成，请勿手工修改。
// Generated from the server's OpenAPI document by scripts/generate-api-client.ts — do not edit.
// Regenerate with: npx tsx scripts/generate-api-client.ts
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（登录、失败登录、个人信息读取、变更、导出） */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志可筛选的事件与对象类型（事件目录） */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户、角色与权限 */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码（仅限登录会话；结束本账号的其他会话；当前密码错误计入登录失败次数） */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的两步验证状态（是否已启用、方式、本单位是否要求） */
        get: operations["getAuthSecondFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认两步验证：输入验证器显示的验证码；返回恢复码（仅显示一次） */
        post: operations["activateSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭本人的两步验证（须输入当前动态验证码；本单位要求的角色不能关闭；错误计入登录失败次数） */
        post: operations["disableSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始设置两步验证（按本单位算法）：TOTP 返回密钥与 otpauth 链接（生成二维码供验证器应用扫描）；SM3 返回令牌种子（十六进制） */
        post: operations["enrolSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 两步验证：输入动态验证码或恢复码（错误计入登录失败次数） */
        post: operations["verifySecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位登录安全设置 */
        get: operations["getAuthSettings"];
        /** 修改本单位登录安全设置（系统管理角色与主要负责人是否须两步验证；动态口令算法 TOTP 或 SM3） */
        put: operations["updateAuthSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的 API 令牌（对接其他平台） */
        get: operations["listAuthTokens"];
        put?: never;
        /** 创建 API 令牌（令牌仅显示一次，以 Authorization: Bearer 使用，权限同本账号；有效期最长 API_TOKEN_MAX_DAYS 天，默认 1 年，不填即取最长，超出则拒绝） */
        post: operations["createAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销 API 令牌 */
        delete: operations["revokeAuthToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法主体列表（数据范围内） */
        get: operations["listBodies"];
        put?: never;
        /** 新建下级执法主体 */
        post: operations["createBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法主体详情 */
        get: operations["getBody"];
        /** 修改执法主体（需填写理由，保留历史版本） */
        put: operations["updateBody"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/{id}/delegation-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载委托执法协议 */
        get: operations["downloadBodyDelegationAgreement"];
        put?: never;
        /** 上传委托执法协议（multipart，字段 file；PDF 或图片，不超过 20 MB） */
        post: operations["uploadBodyDelegationAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/{id}/reviewer-indicator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法制审核人员配备比例（不少于执法人员 5%） */
        get: operations["getBodyReviewerIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法主体历史版本 */
        get: operations["listBodyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出执法主体名录 (.xlsx) */
        get: operations["exportBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bodies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入执法主体名录 (.xlsx，multipart 字段 file)；有错误时逐行报告且不导入任何数据 */
        post: operations["importBodies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日数据覆盖的年份；12 月次年未录入时给出提醒 */
        get: operations["getCalendarCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/covered-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 声明某年节假日安排已按国务院通知录入 */
        post: operations["createCalendarCoveredYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算期限：workingDays=N 为工作日（自次日起算），days=N 为自然日（末日遇节假日顺延） */
        get: operations["getCalendarDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日调整列表 */
        get: operations["listCalendarOverrides"];
        put?: never;
        /** 新增节假日调整（地方假日、更正） */
        post: operations["createCalendarOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表：我的案件/本科室/全部，按最近期限排序（键集分页） */
        get: operations["listCases"];
        put?: never;
        /** 登记案件（可同时以简易程序当场作出处罚决定） */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情：当事人、环节时间线、期限、证据、文书、可执行的操作 */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 执行案件环节操作（须带上读取时的 version；他人已更新时返回 409）
         * @description 操作权限按环节另行校验：立案、决定、延期等须行政机关负责人，法制审核意见须法制审核人员，其余由本案执法人员办理。
         */
        post: operations["takeCaseAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/document-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本案可用的文书模板（现行版本）及预填内容：本阶段应制作的在前，注明依法现在不能制作的 */
        get: operations["listCaseDocumentTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发文书（有未填写的内容时 422 并列出缺项）：编号、执法人员 SM2 电子签名、当事人签名或拒签记录，生成 DOCX 与 PDF 并固化 */
        post: operations["createCaseDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 文书预览（PDF 草稿，不编号、不签名、不保存） */
        post: operations["previewCaseDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记证据（行政处罚法第四十六条的证据种类；电子数据可同时记录采集时间、设备与地点） */
        post: operations["createCaseEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/evidence/{seq}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证据文件（发送前按 SHA-256 校验；每次下载记入审计） */
        get: operations["downloadCaseEvidenceFile"];
        put?: never;
        /**
         * 上传证据文件（multipart：字段 file，可选 capturedAt、device、location）；一经上传不能替换或删除
         * @description 文件计算 SHA-256 与 SM3 后存证；同一证据再次上传返回 409，须登记新的证据。文件不得为空，不得超过 200 MB。
         */
        post: operations["uploadCaseEvidenceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出案卷 (.zip)：文书 PDF 与 DOCX、证据与音像文件（超过所选大小的仅列哈希）、manifest.json（每个文件的 SM3 与 SHA-256）、本案账本记录及其到签名树头的包含性证明、树头及签名、公钥与文书签名；可用 npx sanxiang verify-export 离线校验；每次导出记入审计 */
        get: operations["exportCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加当事人、证人或代理人（须带上读取时的 version；他人已更新时返回 409）
         * @description 证人、代理人在案件办结前均可添加；代理人须以 representsId 指明本案的被代理当事人（授权委托）。追加当事人仅限告知或决定之前：行政处罚在事先告知之前，行政强制在作出查封、扣押决定之前，行政检查在记录检查结果之前，行政许可在受理之前，行政征收在核定之前；否则返回 422。仅本案执法人员（或承办科室负责人）可以添加。
         */
        post: operations["createCaseParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parties/{partyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 更正当事人、证人或代理人的信息（须填写更正理由；原信息作为历史版本保留）
         * @description 身份（role）和类型（type）不能更改。已签发的文书载明了该人的，姓名（名称）和证件号码、统一社会信用代码不能直接更正（422，须按更正程序办理），联系电话、地址等可以更正。
         */
        put: operations["updateCaseParty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parties/{partyId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当事人信息的历史版本（添加和每次更正，含理由和更正人） */
        get: operations["listCasePartyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的音像记录、无法记录的工作记录与合规提示（万州区执法全过程记录制度第十一、十三、十五、二十一条） */
        get: operations["listCaseRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/records/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记无法音像记录的工作记录（涉密、隐私、不可抗力；万州区执法全过程记录制度第十三条） */
        post: operations["createCaseRecordsExemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/records/exemptions/{exemptionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 负责人审核无法音像记录的工作记录 */
        post: operations["createCaseRecordsExemptionApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出案件清单 (.xlsx)：与案件列表相同的筛选条件和数据范围，不分页；超过 50000 件时须缩小筛选条件；每次导出记入审计 */
        get: operations["exportCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件类别、专业、证据种类与各程序的环节（供界面使用） */
        get: operations["getCasesMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/pending-approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待我审批：本机关（及委托本机关执法的机关）现在可由我批准的立案、集体讨论、决定等环节 */
        get: operations["listCasesPendingApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清单（在指定日期有效的版本）：item 执法事项, benchmark 裁量基准, inspection_item 随机抽查事项, av_rule 音像记录事项, review_rule 法制审核目录, service_guide 服务指南, complaint_channel 监督举报 */
        get: operations["listCatalogItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 新建或修改清单条目（生成新版本，须填写理由；baseVersion 为所见的最新版本号，新建为 0） */
        put: operations["saveCatalogItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用清单条目（生成停用版本） */
        post: operations["retireCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清单条目的全部历史版本 */
        get: operations["listCatalogItemVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出清单 (.xlsx，现行版本) */
        get: operations["exportCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{kind}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入清单 (.xlsx，multipart 字段 file)；逐行逐列校验，有任何错误则不导入；未变化的条目不产生新版本 */
        post: operations["importCatalog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记执法证 */
        post: operations["createCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法证详情 */
        get: operations["getCertificate"];
        /** 修改执法证（状态、类别、有效期；需填写理由） */
        put: operations["updateCertificate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记年度审验 */
        post: operations["createCertificateReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办案期限：我的/本科室/全部的未届满期限，含即将到期和已逾期 */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出办案期限 (.xlsx)：与期限列表相同的筛选条件和数据范围，不分页；超过 50000 条时须缩小筛选条件；每次导出记入审计 */
        get: operations["exportDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discretion/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 裁量计算：违法行为 + 裁量阶次 → 处罚种类与罚款幅度；可校验拟处罚是否在幅度内 */
        post: operations["evaluateDiscretion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的文书编号规则与告知事项设置 */
        get: operations["getDocumentSettings"];
        /** 修改文书编号规则（地区简称+卫+类别+性质+〔年份〕+序号）、复议机关、法院、代收银行与听证的较大数额罚款标准 */
        put: operations["updateDocumentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书详情与签名校验 */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/file/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书（DOCX 或 PDF；每次下载记入审计日志） */
        get: operations["downloadDocumentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enforcement-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 选择执法事项：按名称、编码或关键词查找本机关在指定日期（违法行为发生日）有效的执法事项，附所违反和所依据的条款 */
        get: operations["searchEnforcementItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验账本：哈希链、默克尔树与签名树头（含树头文件） */
        get: operations["verifyLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法律依据库：各法律文件的全部版本（含条文） */
        get: operations["listLegalDocuments"];
        put?: never;
        /** 录入法律文件或其新版本（修订）；national=true 为全国通用 */
        post: operations["createLegalDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表（键集分页） */
        get: operations["listPeople"];
        put?: never;
        /** 新增人员 */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员详情（身份证号、手机号仅对有权角色显示，并记入审计） */
        get: operations["getPerson"];
        /** 修改人员（需填写理由） */
        put: operations["updatePerson"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员历史版本 */
        get: operations["listPersonVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出执法人员名册 (.xlsx) */
        get: operations["exportPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入执法人员名册 (.xlsx，multipart 字段 file)；身份证号与本机构已有人员相同的行更新该人员，其余新增；有错误时逐行报告且不导入任何数据 */
        post: operations["importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按身份证号精确查找人员（盲索引，记入审计） */
        post: operations["createPeopleLookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/officers/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按执法证号核验执法人员身份（公开） */
        get: operations["getPublicOfficer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/cases/{caseId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记复议、诉讼结果（变更、撤销、确认违法的，已公开的信息须在 3 个工作日内撤回） */
        post: operations["createPublicityCaseOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开信息列表（按公开期限排序，含即将到期、已超期标记） */
        get: operations["listPublicityPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开信息详情 */
        get: operations["getPublicityPublication"];
        /** 编辑公开草稿：公开方式、法律依据、增加或取消一处隐去（须说明理由）、不予公开的理由 */
        put: operations["updatePublicityPublication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批当前环节（不得越级，同一人不得审批两次） */
        post: operations["createPublicityPublicationApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布已审批的公开信息（门户网站与信用渠道，按各自公示期限） */
        post: operations["createPublicityPublicationPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回草稿（写明理由，审批重新开始） */
        post: operations["createPublicityPublicationReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办人提交审批（摘要须完整；不予公开须写明理由） */
        post: operations["createPublicityPublicationSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/publications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从全部渠道撤回（写明理由；门户显示撤回说明） */
        post: operations["createPublicityPublicationWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/redactions/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 隐去个人信息预览：按当事人、证人、代理人等结构化信息与文本识别（身份证号、电话、银行卡号、不动产权证号、电子邮箱、住址、健康状况），返回隐去后的文本与每处隐去的位置（UTF-16 码元偏移） */
        post: operations["previewPublicityRedactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/settings/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的公开审批流程 */
        get: operations["getPublicitySettingsChain"];
        /** 设置公开审批流程（从承办人开始，按承办机构负责人、分管领导、主要负责人的顺序） */
        put: operations["updatePublicitySettingsChain"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示监督：各执法主体即将到期、已超期、选择性公示、不予公开和撤回超期的数量 */
        get: operations["getPublicitySupervision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限提醒（每日任务生成） */
        get: operations["listReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的法制审核待办：分配给我的；法制机构负责人：本机关待分配的；承办人员：我提交的 */
        get: operations["listReviews"];
        put?: never;
        /** 提交法制审核（送审材料不全的，逐项列明；承办机构确认材料真实、准确、完整） */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法制审核详情 */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配或重新分配审核人员（回避、资格、名册校验） */
        post: operations["createReviewAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/collective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记集体讨论决定 */
        post: operations["createReviewCollective"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/contest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办机构对审核意见提出异议 */
        post: operations["createReviewContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/coordinate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记意见协调情况 */
        post: operations["createReviewCoordinate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准延长审核期限（每轮一次） */
        post: operations["createReviewExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记审核要素结论（符合/不符合/需补正） */
        post: operations["createReviewFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具法制审核意见 */
        post: operations["createReviewOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/recuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核人员声明回避（须说明理由） */
        post: operations["createReviewRecuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/by-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件的法制审核（全部轮次） */
        get: operations["getReviewsByCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 送审材料清单（从案卷中核对，提交前查看） */
        post: operations["createReviewsMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 科室列表 */
        get: operations["listUnits"];
        put?: never;
        /** 新建科室 */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改科室 */
        put: operations["updateUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表（本机构及下级） */
        get: operations["listUsers"];
        put?: never;
        /** 新建账号（系统管理员；不带角色，角色由安全管理员分配；返回一次性初始密码，仅此一次显示，首次登录须修改） */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号（结束其会话，其 API 令牌停止生效） */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号 */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/initial-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新生成初始密码（系统管理员；仅限尚未设置本人密码的账号，如初始密码已过期；返回新的一次性初始密码） */
        post: operations["createUserInitialPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码（安全管理员；返回一次性初始密码，结束该账号的全部会话） */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 分配角色（安全管理员；三员分立：系统角色不与任何其他角色兼任） */
        put: operations["updateUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置两步验证（安全管理员；用于丢失验证器，结束该账号的全部会话） */
        post: operations["resetUserSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/second-factor/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 绑定国密动态令牌（安全管理员；GM/T 0021 SM3 令牌，录入厂商提供的序列号与种子，并输入令牌当前口令核对） */
        post: operations["createUserSecondFactorToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除账号锁定 */
        post: operations["unlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办：执法人员的下一步（按期限）、负责人待审批（立案、延期、决定、集体讨论）与逾期案件、档案管理员待归档；按角色与数据范围 */
        get: operations["getWorkQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 所有错误应答的统一格式 */
        Error: {
            /**
             * @description 稳定的错误代码
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "SESSION_EXPIRED" | "CSRF_FAILED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VERSION_CONFLICT" | "DUPLICATE" | "RULE_VIOLATION" | "SEPARATION_OF_DUTIES" | "PASSWORD_POLICY" | "PASSWORD_CHANGE_REQUIRED" | "SECOND_FACTOR_REQUIRED" | "IMPORT_FAILED" | "CALENDAR_NOT_COVERED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTEGRITY_FAILED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_FLIGHT" | "INTERNAL";
            /** @description 补充信息（如 issues: [{ field, message }]），可为 null */
            details: unknown;
            /** @description 中文说明，可直接展示给用户 */
            message: string;
        };
    };
    responses: {
        /** @description 请求不合法（VALIDATION_FAILED、PASSWORD_POLICY）：details.issues 列出字段与原因 */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 版本已变化（VERSION_CONFLICT，请刷新后重试）、记录重复（DUPLICATE）、状态冲突（CONFLICT）或同一 Idempotency-Key 的首个请求尚在处理（IDEMPOTENCY_IN_FLIGHT） */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 无权执行（FORBIDDEN）、CSRF 校验失败（CSRF_FAILED）、须先完成两步验证（SECOND_FACTOR_REQUIRED）或先修改初始密码（PASSWORD_CHANGE_REQUIRED） */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 多次验证失败，账户已暂时锁定（ACCOUNT_LOCKED） */
        Locked: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 记录不存在或不在数据范围内（NOT_FOUND） */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 请求体或文件过大（PAYLOAD_TOO_LARGE） */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 请求过于频繁（RATE_LIMITED） */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 法律或业务规则不允许（RULE_VIOLATION、SEPARATION_OF_DUTIES、IMPORT_FAILED、CALENDAR_NOT_COVERED：message 说明依据），或 Idempotency-Key 已用于另一请求（IDEMPOTENCY_KEY_REUSED） */
        RuleViolation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 未登录、会话已过期、API 令牌无效或用户名密码错误（UNAUTHENTICATED、SESSION_EXPIRED、INVALID_CREDENTIALS） */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 不支持的请求内容类型（UNSUPPORTED_MEDIA_TYPE） */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 路径参数过长（VALIDATION_FAILED） */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description 事件代码前缀，如 auth. */
                action?: string;
                /** @description 操作人姓名（包含） */
                actor?: string;
                beforeSeq?: number;
                /** @description 对象的名称或编号，如案号、姓名、证号 */
                entity?: string;
                entityId?: string;
                entityType?: string;
                /** @description 事件代码（精确） */
                event?: string;
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorId: string | null;
                            actorName: string;
                            at: string;
                            bodyId: string | null;
                            details: {
                                label: string;
                                value: string;
                            }[];
                            domain: string | null;
                            entityId: string | null;
                            entityLabel: string;
                            entityName: string | null;
                            entityType: string;
                            hash: string;
                            ip: string | null;
                            label: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            seq: number;
                        }[];
                        nextBeforeSeq: number | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entityTypes: {
                            label: string;
                            searchable: boolean;
                            value: string;
                        }[];
                        events: {
                            code: string;
                            domain: string;
                            label: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        mustChangePassword: boolean;
                        /** @enum {string|null} */
                        secondFactor: "verify" | "enrol" | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        csrfToken: string;
                        displayName: string;
                        /** Format: uuid */
                        id: string;
                        mustChangePassword: boolean;
                        permissions: string[];
                        /** Format: uuid */
                        personId: string | null;
                        roles: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @enum {string|null} */
                        secondFactor: "verify" | "enrol" | null;
                        username: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            423: components["responses"]["Locked"];
        };
    };
    getAuthSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        algorithm: "totp" | "sm3" | null;
                        /** @enum {string} */
                        bodyAlgorithm: "totp" | "sm3";
                        enrolled: boolean;
                        recoveryCodesLeft: number;
                        required: boolean;
                        tokenSerial: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    activateSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    disableSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            423: components["responses"]["Locked"];
        };
    };
    enrolSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "totp" | "sm3";
                        otpauthUri: string | null;
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    verifySecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            423: components["responses"]["Locked"];
        };
    };
    getAuthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        otpAlgorithm: "totp" | "sm3";
                        totpForPrivileged: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateAuthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    otpAlgorithm?: "totp" | "sm3";
                    reason: string;
                    totpForPrivileged: boolean;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        otpAlgorithm: "totp" | "sm3";
                        totpForPrivileged: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listAuthTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        revokedAt: string | null;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAuthToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @default null
                     */
                    expiresAt?: string | null;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        token: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    revokeAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listBodies: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default  */
                        address: string;
                        /**
                         * @default [
                         *       "health"
                         *     ]
                         */
                        authorityKinds: ("health" | "tcm" | "disease_control")[];
                        bodyType: string;
                        /** @default  */
                        complaintPhone: string | "";
                        creditCode: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        delegatedById: string | null;
                        delegationAgreementKey: string | null;
                        delegationAgreementName: string | null;
                        /** @default null */
                        delegationScope: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidFrom: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidTo: string | null;
                        /** @default  */
                        duties: string;
                        /** @default  */
                        fundingSource: string;
                        /** Format: uuid */
                        id: string;
                        legalRepresentative: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        name: string;
                        /** @enum {string} */
                        nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                        /** Format: uuid */
                        parentId: string | null;
                        shortName: string;
                        /** @default 0 */
                        staffing: number;
                        updatedAt: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createBody: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    address?: string;
                    /**
                     * @default [
                     *       "health"
                     *     ]
                     */
                    authorityKinds?: ("health" | "tcm" | "disease_control")[];
                    bodyType: string;
                    /** @default  */
                    complaintPhone?: string | "";
                    creditCode: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    delegatedById?: string | null;
                    /** @default null */
                    delegationScope?: string | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    delegationValidFrom?: string | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    delegationValidTo?: string | null;
                    /** @default  */
                    duties?: string;
                    /** @default  */
                    fundingSource?: string;
                    legalRepresentative: string;
                    /** @enum {string} */
                    level: "province" | "city" | "county";
                    name: string;
                    /** @enum {string} */
                    nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                    /** Format: uuid */
                    parentId: string;
                    shortName: string;
                    /** @default 0 */
                    staffing?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default  */
                        address: string;
                        /**
                         * @default [
                         *       "health"
                         *     ]
                         */
                        authorityKinds: ("health" | "tcm" | "disease_control")[];
                        bodyType: string;
                        /** @default  */
                        complaintPhone: string | "";
                        creditCode: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        delegatedById: string | null;
                        delegationAgreementKey: string | null;
                        delegationAgreementName: string | null;
                        /** @default null */
                        delegationScope: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidFrom: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidTo: string | null;
                        /** @default  */
                        duties: string;
                        /** @default  */
                        fundingSource: string;
                        /** Format: uuid */
                        id: string;
                        legalRepresentative: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        name: string;
                        /** @enum {string} */
                        nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                        /** Format: uuid */
                        parentId: string | null;
                        shortName: string;
                        /** @default 0 */
                        staffing: number;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default  */
                        address: string;
                        /**
                         * @default [
                         *       "health"
                         *     ]
                         */
                        authorityKinds: ("health" | "tcm" | "disease_control")[];
                        bodyType: string;
                        /** @default  */
                        complaintPhone: string | "";
                        creditCode: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        delegatedById: string | null;
                        delegationAgreementKey: string | null;
                        delegationAgreementName: string | null;
                        /** @default null */
                        delegationScope: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidFrom: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidTo: string | null;
                        /** @default  */
                        duties: string;
                        /** @default  */
                        fundingSource: string;
                        /** Format: uuid */
                        id: string;
                        legalRepresentative: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        name: string;
                        /** @enum {string} */
                        nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                        /** Format: uuid */
                        parentId: string | null;
                        shortName: string;
                        /** @default 0 */
                        staffing: number;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    updateBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    address?: string;
                    /**
                     * @default [
                     *       "health"
                     *     ]
                     */
                    authorityKinds?: ("health" | "tcm" | "disease_control")[];
                    bodyType: string;
                    /** @default  */
                    complaintPhone?: string | "";
                    creditCode: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    delegatedById?: string | null;
                    /** @default null */
                    delegationScope?: string | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    delegationValidFrom?: string | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    delegationValidTo?: string | null;
                    /** @default  */
                    duties?: string;
                    /** @default  */
                    fundingSource?: string;
                    legalRepresentative: string;
                    /** @enum {string} */
                    level: "province" | "city" | "county";
                    name: string;
                    /** @enum {string} */
                    nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                    reason: string;
                    shortName: string;
                    /** @default 0 */
                    staffing?: number;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default  */
                        address: string;
                        /**
                         * @default [
                         *       "health"
                         *     ]
                         */
                        authorityKinds: ("health" | "tcm" | "disease_control")[];
                        bodyType: string;
                        /** @default  */
                        complaintPhone: string | "";
                        creditCode: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        delegatedById: string | null;
                        delegationAgreementKey: string | null;
                        delegationAgreementName: string | null;
                        /** @default null */
                        delegationScope: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidFrom: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidTo: string | null;
                        /** @default  */
                        duties: string;
                        /** @default  */
                        fundingSource: string;
                        /** Format: uuid */
                        id: string;
                        legalRepresentative: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        name: string;
                        /** @enum {string} */
                        nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                        /** Format: uuid */
                        parentId: string | null;
                        shortName: string;
                        /** @default 0 */
                        staffing: number;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    downloadBodyDelegationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    uploadBodyDelegationAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 委托执法协议（application/pdf、image/png、image/jpeg、image/gif、image/webp）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default  */
                        address: string;
                        /**
                         * @default [
                         *       "health"
                         *     ]
                         */
                        authorityKinds: ("health" | "tcm" | "disease_control")[];
                        bodyType: string;
                        /** @default  */
                        complaintPhone: string | "";
                        creditCode: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        delegatedById: string | null;
                        delegationAgreementKey: string | null;
                        delegationAgreementName: string | null;
                        /** @default null */
                        delegationScope: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidFrom: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        delegationValidTo: string | null;
                        /** @default  */
                        duties: string;
                        /** @default  */
                        fundingSource: string;
                        /** Format: uuid */
                        id: string;
                        legalRepresentative: string;
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        name: string;
                        /** @enum {string} */
                        nature: "行政机关" | "法律法规授权组织" | "受委托组织";
                        /** Format: uuid */
                        parentId: string | null;
                        shortName: string;
                        /** @default 0 */
                        staffing: number;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getBodyReviewerIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meets: boolean;
                        officers: number;
                        ratio: number | null;
                        required: number;
                        reviewers: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    listBodyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        authorName: string;
                        data: {
                            [key: string]: unknown;
                        };
                        reason: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    exportBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    importBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 执法主体名录（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getCalendarCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        coveredYears: number[];
                        enteredYears: {
                            source: string;
                            year: number;
                        }[];
                        nextYear: number;
                        nextYearCovered: boolean;
                        packageYears: number[];
                        today: string;
                        warning: string | null;
                        year: number;
                        yearCovered: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCalendarCoveredYear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getCalendarDeadline: {
        parameters: {
            query: {
                days?: number;
                from: string;
                workingDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citation: string;
                        deadline: string;
                        from: string;
                        /** @enum {string} */
                        kind: "working_days" | "calendar_days";
                        n: number;
                        nominal?: string;
                        rolled: boolean;
                        skippedNonWorkingDays?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listCalendarOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        kind: string;
                        name: string;
                        reason: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCalendarOverride: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    kind: "holiday" | "workday";
                    name: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listCases: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "penalty" | "coercion" | "inspection" | "permit" | "levy";
                limit?: number;
                q?: string;
                state?: string;
                status?: "open" | "finished" | "overdue" | "due_soon" | "any";
                view?: "mine" | "unit" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cause: string;
                            code: string;
                            /** @enum {string|null} */
                            dueLevel: "overdue" | "due_soon" | "open" | null;
                            field: string;
                            finished: boolean;
                            id: string;
                            kind: string;
                            kindLabel: string;
                            leadOfficerName: string;
                            nextDue: string | null;
                            nextDueLabel: string | null;
                            nextDueProvisional: boolean;
                            openedOn: string;
                            partyName: string;
                            state: string;
                            stateLabel: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cause: string;
                    /** @default null */
                    enforcementItemCode?: string | null;
                    /** @enum {string} */
                    field: "medical" | "public_place" | "drinking_water" | "occupational" | "radiation" | "infectious" | "school" | "disinfection" | "blood" | "family_planning";
                    /** @enum {string} */
                    kind: "penalty" | "coercion" | "inspection" | "permit" | "levy";
                    /** Format: uuid */
                    leadOfficerId: string;
                    officerIds: string[];
                    openedOn?: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    originCaseId?: string | null;
                    /**
                     * @default {
                     *       "violationOn": null,
                     *       "discoveredOn": null,
                     *       "lifeHealthHarmed": false,
                     *       "electronicServiceConsent": false
                     *     }
                     */
                    particulars?: {
                        /** @default null */
                        discoveredOn?: string | null;
                        /** @default false */
                        electronicServiceConsent?: boolean;
                        /** @default false */
                        lifeHealthHarmed?: boolean;
                        /** @default null */
                        violationOn?: string | null;
                    };
                    parties: {
                        /** @default  */
                        address?: string;
                        /** @default null */
                        creditCode?: string | null;
                        /** @default null */
                        idNumber?: string | null;
                        /** @default null */
                        idType?: string | null;
                        /** @default null */
                        legalRepresentative?: string | null;
                        /** @default false */
                        minor?: boolean;
                        name: string;
                        /** @default  */
                        phone?: string;
                        /** @enum {string} */
                        role: "party" | "witness" | "agent";
                        /** @enum {string} */
                        type: "person" | "organisation";
                    }[];
                    /** @default  */
                    place?: string;
                    simple?: {
                        decidedOn: string;
                        document?: {
                            /** @default {} */
                            inputs?: {
                                [key: string]: string;
                            };
                            party?: {
                                refusedNote?: string;
                                signaturePng?: string;
                            };
                        };
                        fineFen: number | null;
                        kinds: ("warning" | "fine")[];
                    };
                    source: string;
                    /** @default  */
                    summary?: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    unitId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    takeCaseAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: {
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                    /** @default [] */
                    documents?: {
                        /** @default {} */
                        inputs?: {
                            [key: string]: string;
                        };
                        party?: {
                            refusedNote?: string;
                            signaturePng?: string;
                        };
                        template: string;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listCaseDocumentTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basis: string;
                        /** @description 本阶段可办理的环节须先制作、本案尚无的文书（排在最前） */
                        due: boolean;
                        inputs: {
                            key: string;
                            kind: string;
                            label: string;
                            maxLength: number | null;
                            required: boolean;
                            value: string;
                        }[];
                        key: string;
                        missingFacts: string[];
                        numbered: boolean;
                        partySigns: boolean;
                        /** @description 依法现在不能制作的理由（如已缴清罚款的催告书）；为空表示可以制作 */
                        refusals: string[];
                        title: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    createCaseDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    inputs?: {
                        [key: string]: string;
                    };
                    party?: {
                        refusedNote?: string;
                        signaturePng?: string;
                    };
                    template: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        contentHash: string;
                        contentIntact: boolean;
                        docxSha256: string;
                        id: string;
                        issuedOn: string;
                        number: string | null;
                        partyConfirmation: string | null;
                        pdfSha256: string;
                        signatures: {
                            certificateNo: string;
                            fingerprint: string;
                            /** @description 签名报文格式：1 仅覆盖内容 SM3；2 同时覆盖 PDF 与 DOCX 的 SHA-256 与 SM3 */
                            format: number;
                            name: string;
                            /** @description SM2 公钥（未压缩点，十六进制） */
                            publicKey: string;
                            /** @description SM2 公钥（SubjectPublicKeyInfo PEM，可直接用于 openssl） */
                            publicKeyPem: string;
                            /** @description SM2 签名（DER，Base64；SM3，默认用户标识 1234567812345678） */
                            signatureDerBase64: string;
                            signatureDerHex: string;
                            /** @description 被签名的报文原文（UTF-8） */
                            signedMessage: string;
                            /** @description 被签名报文的确切字节（Base64） */
                            signedMessageBase64: string;
                            valid: boolean;
                        }[];
                        template: string;
                        templateVersion: number;
                        title: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    previewCaseDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    inputs?: {
                        [key: string]: string;
                    };
                    template: string;
                };
            };
        };
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createCaseEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @default null
                     */
                    capturedAt?: string | null;
                    /** @default  */
                    collectedBy?: string;
                    collectedOn: string;
                    /** @default  */
                    description?: string;
                    /** @default null */
                    device?: string | null;
                    /** @default null */
                    location?: string | null;
                    /** @default  */
                    source?: string;
                    title: string;
                    /** @enum {string} */
                    type: "documentary" | "physical" | "audiovisual" | "electronic" | "testimony" | "party_statement" | "expert_opinion" | "inspection_record";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    downloadCaseEvidenceFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seq: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    uploadCaseEvidenceFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seq: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: date-time
                     * @default null
                     */
                    capturedAt?: string | null;
                    /** @default null */
                    device?: string | null;
                    /**
                     * Format: binary
                     * @description 证据文件（*\/*）
                     */
                    file: string;
                    /** @default null */
                    location?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    exportCase: {
        parameters: {
            query?: {
                /** @description 证据与音像文件超过此字节数时只列出哈希值，不放入压缩包 */
                maxFileBytes?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    createCaseParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    address?: string;
                    /** @default null */
                    creditCode?: string | null;
                    /** @default null */
                    idNumber?: string | null;
                    /** @default null */
                    idType?: string | null;
                    /** @default null */
                    legalRepresentative?: string | null;
                    /** @default false */
                    minor?: boolean;
                    name: string;
                    /** @default  */
                    phone?: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    representsId?: string | null;
                    /** @enum {string} */
                    role: "party" | "witness" | "agent";
                    /** @enum {string} */
                    type: "person" | "organisation";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    updateCaseParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                partyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    address?: string;
                    /** @default null */
                    creditCode?: string | null;
                    /** @default null */
                    idNumber?: string | null;
                    /** @default null */
                    idType?: string | null;
                    /** @default null */
                    legalRepresentative?: string | null;
                    /** @default false */
                    minor?: boolean;
                    name: string;
                    /** @default  */
                    phone?: string;
                    reason: string;
                    /** Format: uuid */
                    representsId?: string | null;
                    /** @enum {string} */
                    role: "party" | "witness" | "agent";
                    /** @enum {string} */
                    type: "person" | "organisation";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            label: string;
                            type: string;
                        }[];
                        actionsForOthers: {
                            label: string;
                            permission: string;
                            type: string;
                        }[];
                        bodyId: string;
                        bodyName: string;
                        cause: string;
                        code: string;
                        deadlines: {
                            citation: string;
                            closedOn: string | null;
                            due: string;
                            from: string;
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string|null} */
                            level: "overdue" | "due_soon" | "open" | null;
                            pausedDays: number;
                            provisionalYear: number | null;
                            rule: {
                                n: number;
                                unit: string;
                            };
                            status: string;
                        }[];
                        documents: {
                            contentHash: string;
                            id: string;
                            issuedOn: string;
                            number: string | null;
                            partyConfirmation: string | null;
                            signed: number;
                            template: string;
                            templateVersion: number;
                            title: string;
                        }[];
                        enforcementItemCode: string | null;
                        evidence: {
                            capturedAt: string | null;
                            collectedBy: string;
                            collectedOn: string;
                            description: string;
                            device: string | null;
                            fileAttachedAt: string | null;
                            fileName: string | null;
                            hasFile: boolean;
                            id: string;
                            location: string | null;
                            mimeType: string | null;
                            seq: number;
                            sha256: string | null;
                            size: number | null;
                            sm3: string | null;
                            source: string;
                            title: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        field: string;
                        fieldLabel: string;
                        finished: boolean;
                        id: string;
                        kind: string;
                        kindLabel: string;
                        linkedCases: {
                            cause: string;
                            code: string;
                            id: string;
                            kind: string;
                            openedOn: string;
                            state: string;
                        }[];
                        mayAddEvidence: boolean;
                        officers: {
                            certificateNo: string | null;
                            certificateValid: boolean;
                            id: string;
                            lead: boolean;
                            name: string;
                        }[];
                        openedOn: string;
                        parties: {
                            address: string;
                            creditCode: string | null;
                            id: string;
                            idNumber: string | null;
                            idType: string | null;
                            legalRepresentative: string | null;
                            minor: boolean;
                            name: string;
                            phone: string;
                            representsId: string | null;
                            role: string;
                            type: string;
                        }[];
                        partyActions: {
                            add: ("party" | "witness" | "agent")[];
                            correct: boolean;
                            identityLocked: string[];
                        };
                        partyName: string;
                        partyType: string;
                        place: string;
                        record: {
                            [key: string]: unknown;
                        };
                        source: string;
                        state: string;
                        stateLabel: string;
                        summary: string;
                        timeline: {
                            action: string;
                            actorName: string;
                            at: string;
                            data: unknown;
                            fromState: string | null;
                            label: string;
                            legalDate: string;
                            seq: number;
                            toState: string;
                            toStateLabel: string;
                        }[];
                        unitId: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listCasePartyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        authorName: string;
                        data: {
                            [key: string]: unknown;
                        };
                        reason: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    listCaseRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exemptions: {
                            activity: string;
                            approved: boolean;
                            approvedAt: string | null;
                            createdAt: string;
                            id: string;
                            reason: string;
                            /** @enum {string} */
                            reasonKind: "secret" | "privacy" | "force_majeure";
                        }[];
                        flags: {
                            activity: string | null;
                            citation: string;
                            code: string;
                            message: string;
                            seq: number | null;
                        }[];
                        records: {
                            activity: string;
                            deviceHash: string | null;
                            deviceSerial: string;
                            endedAt: string;
                            fileName: string;
                            hasPoster: boolean;
                            id: string;
                            important: boolean;
                            interruptionNote: string;
                            /** @enum {string} */
                            kind: "video" | "audio" | "photo";
                            lateApprovedBy: string;
                            lateReason: string;
                            media: {
                                audioCodec: string | null;
                                createdAt: string | null;
                                durationSeconds: number | null;
                                format: string | null;
                                height: number | null;
                                mismatch: string | null;
                                videoCodec: string | null;
                                width: number | null;
                            };
                            mimeType: string;
                            officerCardId: string;
                            officers: string;
                            place: string;
                            registeredAt: string;
                            seq: number;
                            sha256: string;
                            size: number;
                            sm3: string;
                            startedAt: string;
                            title: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    createCaseRecordsExemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activity: string;
                    reason: string;
                    /** @enum {string} */
                    reasonKind: "secret" | "privacy" | "force_majeure";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: string;
                        approved: boolean;
                        approvedAt: string | null;
                        createdAt: string;
                        id: string;
                        reason: string;
                        /** @enum {string} */
                        reasonKind: "secret" | "privacy" | "force_majeure";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createCaseRecordsExemptionApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exemptionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: string;
                        approved: boolean;
                        approvedAt: string | null;
                        createdAt: string;
                        id: string;
                        reason: string;
                        /** @enum {string} */
                        reasonKind: "secret" | "privacy" | "force_majeure";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    exportCases: {
        parameters: {
            query?: {
                kind?: "penalty" | "coercion" | "inspection" | "permit" | "levy";
                q?: string;
                state?: string;
                status?: "open" | "finished" | "overdue" | "due_soon" | "any";
                view?: "mine" | "unit" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCasesMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        evidenceTypes: {
                            label: string;
                            value: string;
                        }[];
                        fields: {
                            label: string;
                            value: string;
                        }[];
                        kinds: {
                            actions: {
                                label: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                value: string;
                            }[];
                            label: string;
                            states: {
                                label: string;
                                value: string;
                            }[];
                            value: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCasesPendingApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approvals: {
                                label: string;
                                type: string;
                            }[];
                            cause: string;
                            code: string;
                            /** @enum {string|null} */
                            dueLevel: "overdue" | "due_soon" | "open" | null;
                            field: string;
                            finished: boolean;
                            id: string;
                            kind: string;
                            kindLabel: string;
                            leadOfficerName: string;
                            nextDue: string | null;
                            nextDueLabel: string | null;
                            nextDueProvisional: boolean;
                            openedOn: string;
                            partyName: string;
                            state: string;
                            stateLabel: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCatalogItems: {
        parameters: {
            query?: {
                bodyId?: string;
                date?: string;
                q?: string;
            };
            header?: never;
            path: {
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        /** Format: uuid */
                        bodyId: string;
                        code: string;
                        createdAt: string;
                        data: {
                            [key: string]: unknown;
                        };
                        effectiveFrom: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        name: string;
                        reason: string;
                        retired: boolean;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    saveCatalogItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path: {
                code: string;
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baseVersion: number;
                    /** Format: uuid */
                    bodyId?: string;
                    data: {
                        [key: string]: unknown;
                    };
                    /** Format: date */
                    effectiveFrom?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        /** Format: uuid */
                        bodyId: string;
                        code: string;
                        createdAt: string;
                        data: {
                            [key: string]: unknown;
                        };
                        effectiveFrom: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        name: string;
                        reason: string;
                        retired: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    retireCatalogItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baseVersion: number;
                    /** Format: uuid */
                    bodyId?: string;
                    /** Format: date */
                    effectiveFrom?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        /** Format: uuid */
                        bodyId: string;
                        code: string;
                        createdAt: string;
                        data: {
                            [key: string]: unknown;
                        };
                        effectiveFrom: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        name: string;
                        reason: string;
                        retired: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listCatalogItemVersions: {
        parameters: {
            query?: {
                bodyId?: string;
            };
            header?: never;
            path: {
                code: string;
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        /** Format: uuid */
                        bodyId: string;
                        code: string;
                        createdAt: string;
                        data: {
                            [key: string]: unknown;
                        };
                        effectiveFrom: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        name: string;
                        reason: string;
                        retired: boolean;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    exportCatalog: {
        parameters: {
            query?: {
                bodyId?: string;
            };
            header?: never;
            path: {
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    importCatalog: {
        parameters: {
            query?: {
                bodyId?: string;
            };
            header?: never;
            path: {
                kind: "item" | "benchmark" | "inspection_item" | "av_rule" | "review_rule" | "service_guide" | "complaint_channel";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 目录（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: number;
                        rows: number;
                        unchanged: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                    /** Format: date */
                    expiresOn: string;
                    /** Format: date */
                    issuedOn: string;
                    /** @default  */
                    issuer?: string;
                    number: string;
                    /** Format: uuid */
                    personId: string;
                    region: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                        expiresOn: string;
                        /** Format: uuid */
                        id: string;
                        invalidReason: string | null;
                        issuedOn: string;
                        issuer: string;
                        number: string;
                        /** Format: uuid */
                        personId: string;
                        personName: string;
                        region: string;
                        reviews: {
                            note: string;
                            passed: boolean;
                            reviewedOn: string;
                            year: number;
                        }[];
                        status: string;
                        valid: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                        expiresOn: string;
                        /** Format: uuid */
                        id: string;
                        invalidReason: string | null;
                        issuedOn: string;
                        issuer: string;
                        number: string;
                        /** Format: uuid */
                        personId: string;
                        personName: string;
                        region: string;
                        reviews: {
                            note: string;
                            passed: boolean;
                            reviewedOn: string;
                            year: number;
                        }[];
                        status: string;
                        valid: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    updateCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                    /** Format: date */
                    expiresOn: string;
                    reason: string;
                    region: string;
                    /** @enum {string} */
                    status: "valid" | "suspended" | "revoked";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                        expiresOn: string;
                        /** Format: uuid */
                        id: string;
                        invalidReason: string | null;
                        issuedOn: string;
                        issuer: string;
                        number: string;
                        /** Format: uuid */
                        personId: string;
                        personName: string;
                        region: string;
                        reviews: {
                            note: string;
                            passed: boolean;
                            reviewedOn: string;
                            year: number;
                        }[];
                        status: string;
                        valid: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createCertificateReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                    passed: boolean;
                    /** Format: date */
                    reviewedOn: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                        expiresOn: string;
                        /** Format: uuid */
                        id: string;
                        invalidReason: string | null;
                        issuedOn: string;
                        issuer: string;
                        number: string;
                        /** Format: uuid */
                        personId: string;
                        personName: string;
                        region: string;
                        reviews: {
                            note: string;
                            passed: boolean;
                            reviewedOn: string;
                            year: number;
                        }[];
                        status: string;
                        valid: boolean;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                limit?: number;
                status?: "overdue" | "due_soon" | "open";
                view?: "mine" | "unit" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseCode: string;
                        caseId: string;
                        cause: string;
                        citation: string;
                        due: string;
                        id: string;
                        key: string;
                        kind: string;
                        label: string;
                        leadOfficerName: string;
                        /** @enum {string} */
                        level: "overdue" | "due_soon" | "open";
                        partyName: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    exportDeadlines: {
        parameters: {
            query?: {
                status?: "overdue" | "due_soon" | "open";
                view?: "mine" | "unit" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    evaluateDiscretion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    benchmarkCode: string;
                    /** Format: uuid */
                    bodyId?: string;
                    /** Format: date */
                    date?: string;
                    /** @default {} */
                    facts?: {
                        goodsValueFen?: number | null;
                        illegalIncomeFen?: number | null;
                    };
                    proposal?: {
                        fineFen: number | null;
                        penalties: ("warning" | "criticism" | "fine" | "confiscate_income" | "confiscate_property" | "suspend_licence" | "lower_qualification" | "revoke_licence" | "restrict_activity" | "order_suspension" | "order_closure" | "restrict_employment" | "detention")[];
                    };
                    /** @enum {string} */
                    tier: "none" | "mitigated" | "lighter" | "general" | "heavier";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        benchmark: {
                            code: string;
                            effectiveFrom: string;
                            version: number;
                            violation: string;
                        };
                        check: {
                            problems: {
                                code: string;
                                message: string;
                            }[];
                            range: {
                                citations: {
                                    article: number;
                                    item?: number;
                                    law: string;
                                    paragraph?: number;
                                }[];
                                conditions: string[];
                                fine: {
                                    maxFen: number;
                                    minFen: number;
                                } | null;
                                fineExplanation: string;
                                /** @enum {string|null} */
                                fineSource: "fixed" | "multiple" | "fallback" | null;
                                note: string | null;
                                penalties: ("warning" | "criticism" | "fine" | "confiscate_income" | "confiscate_property" | "suspend_licence" | "lower_qualification" | "revoke_licence" | "restrict_activity" | "order_suspension" | "order_closure" | "restrict_employment" | "detention")[];
                                /** @enum {string} */
                                tier: "none" | "mitigated" | "lighter" | "general" | "heavier";
                                tierLabel: string;
                            };
                            reasonRequired: boolean;
                            within: boolean;
                        } | null;
                        citations: {
                            display: string;
                            inForce: boolean;
                            needsReview: boolean;
                            ref: {
                                article: number;
                                item?: number;
                                law: string;
                                paragraph?: number;
                            };
                            text: string;
                            versionNote: string;
                        }[];
                        evaluation: {
                            citations: {
                                article: number;
                                item?: number;
                                law: string;
                                paragraph?: number;
                            }[];
                            conditions: string[];
                            fine: {
                                maxFen: number;
                                minFen: number;
                            } | null;
                            fineExplanation: string;
                            /** @enum {string|null} */
                            fineSource: "fixed" | "multiple" | "fallback" | null;
                            note: string | null;
                            penalties: ("warning" | "criticism" | "fine" | "confiscate_income" | "confiscate_property" | "suspend_licence" | "lower_qualification" | "revoke_licence" | "restrict_activity" | "order_suspension" | "order_closure" | "restrict_employment" | "detention")[];
                            /** @enum {string} */
                            tier: "none" | "mitigated" | "lighter" | "general" | "heavier";
                            tierLabel: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getDocumentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        court: string;
                        /** @description 对法人或者其他组织处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                        hearingFineOrganisationFen: number;
                        /** @description 对公民处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                        hearingFinePersonFen: number;
                        numberPattern: string;
                        paymentBank: string;
                        region: string;
                        reviewAuthority: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateDocumentSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    court: string;
                    /** @description 对法人或者其他组织处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                    hearingFineOrganisationFen: number;
                    /** @description 对公民处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                    hearingFinePersonFen: number;
                    numberPattern: string;
                    paymentBank: string;
                    region: string;
                    reviewAuthority: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        court: string;
                        /** @description 对法人或者其他组织处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                        hearingFineOrganisationFen: number;
                        /** @description 对公民处以该数额以上罚款的，当事人可以要求听证（行政处罚法第六十三条，以分计） */
                        hearingFinePersonFen: number;
                        numberPattern: string;
                        paymentBank: string;
                        region: string;
                        reviewAuthority: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        contentHash: string;
                        contentIntact: boolean;
                        docxSha256: string;
                        id: string;
                        issuedOn: string;
                        number: string | null;
                        partyConfirmation: string | null;
                        pdfSha256: string;
                        signatures: {
                            certificateNo: string;
                            fingerprint: string;
                            /** @description 签名报文格式：1 仅覆盖内容 SM3；2 同时覆盖 PDF 与 DOCX 的 SHA-256 与 SM3 */
                            format: number;
                            name: string;
                            /** @description SM2 公钥（未压缩点，十六进制） */
                            publicKey: string;
                            /** @description SM2 公钥（SubjectPublicKeyInfo PEM，可直接用于 openssl） */
                            publicKeyPem: string;
                            /** @description SM2 签名（DER，Base64；SM3，默认用户标识 1234567812345678） */
                            signatureDerBase64: string;
                            signatureDerHex: string;
                            /** @description 被签名的报文原文（UTF-8） */
                            signedMessage: string;
                            /** @description 被签名报文的确切字节（Base64） */
                            signedMessageBase64: string;
                            valid: boolean;
                        }[];
                        template: string;
                        templateVersion: number;
                        title: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    downloadDocumentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "docx" | "pdf";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    searchEnforcementItems: {
        parameters: {
            query?: {
                category?: "licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other";
                date?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 处罚依据的条款 */
                        applied: string;
                        benchmarkCode: string | null;
                        category: string;
                        code: string;
                        field: string;
                        name: string;
                        version: number;
                        /** @description 违反的条款（《…》第X条第X款） */
                        violated: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    verifyLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoints: number;
                        count: number;
                        firstBad?: {
                            reason: string;
                            seq: number;
                            toSeq?: number;
                        };
                        heads: number;
                        ok: boolean;
                        problems: {
                            reason: string;
                            seq: number;
                            toSeq?: number;
                        }[];
                        root?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listLegalDocuments: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articles: {
                            needsReview?: boolean;
                            number: string;
                            ordinal: number;
                            text: string;
                        }[];
                        /** Format: uuid */
                        bodyId: string | null;
                        code: string;
                        docNumber: string;
                        effectiveOn: string;
                        /** Format: uuid */
                        id: string;
                        issuer: string;
                        /** @enum {string} */
                        level: "law" | "administrative_regulation" | "department_rule" | "local_regulation" | "local_rule" | "normative_document";
                        promulgatedOn: string;
                        repealedOn: string | null;
                        title: string;
                        version: number;
                        versionNote: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createLegalDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    articles: {
                        /** @default false */
                        needsReview?: boolean;
                        number: string;
                        ordinal: number;
                        text: string;
                    }[];
                    code: string;
                    /** @default  */
                    docNumber?: string;
                    /** Format: date */
                    effectiveOn: string;
                    issuer: string;
                    /** @enum {string} */
                    level: "law" | "administrative_regulation" | "department_rule" | "local_regulation" | "local_rule" | "normative_document";
                    /** @default false */
                    national?: boolean;
                    /** Format: date */
                    promulgatedOn: string;
                    reason: string;
                    /**
                     * Format: date
                     * @default null
                     */
                    repealedOn?: string | null;
                    title: string;
                    /** @default  */
                    versionNote?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: uuid */
                        id: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                bodyId?: string;
                cursor?: string;
                limit?: number;
                q?: string;
                reviewer?: "true" | "false";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** Format: uuid */
                            bodyId: string;
                            bodyName: string;
                            certificate: {
                                categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                                expiresOn: string;
                                /** Format: uuid */
                                id: string;
                                invalidReason: string | null;
                                issuedOn: string;
                                number: string;
                                region: string;
                                status: string;
                                valid: boolean;
                            } | null;
                            /** @enum {string} */
                            gender: "male" | "female";
                            /** Format: uuid */
                            id: string;
                            isLegalCounsel: boolean;
                            isReviewer: boolean;
                            name: string;
                            post: string;
                            /** Format: uuid */
                            unitId: string | null;
                            unitName: string | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** Format: uuid */
                    bodyId: string;
                    /** @enum {string} */
                    gender: "male" | "female";
                    /** @default null */
                    idNumber?: string | null;
                    /** @default false */
                    isLegalCounsel?: boolean;
                    /** @default false */
                    isReviewer?: boolean;
                    /** @default null */
                    legalQualificationNo?: string | null;
                    name: string;
                    /** @default null */
                    phone?: string | null;
                    /** @default  */
                    post?: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    unitId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        certificate: {
                            categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                            expiresOn: string;
                            /** Format: uuid */
                            id: string;
                            invalidReason: string | null;
                            issuedOn: string;
                            number: string;
                            region: string;
                            status: string;
                            valid: boolean;
                        } | null;
                        /** @enum {string} */
                        gender: "male" | "female";
                        /** Format: uuid */
                        id: string;
                        idNumber: string | null;
                        isLegalCounsel: boolean;
                        isReviewer: boolean;
                        legalQualificationNo: string | null;
                        name: string;
                        personalDataVisible: boolean;
                        phone: string | null;
                        post: string;
                        /** Format: uuid */
                        unitId: string | null;
                        unitName: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @enum {string} */
                    gender: "male" | "female";
                    /** @default null */
                    idNumber?: string | null;
                    /** @default false */
                    isLegalCounsel?: boolean;
                    /** @default false */
                    isReviewer?: boolean;
                    /** @default null */
                    legalQualificationNo?: string | null;
                    name: string;
                    /** @default null */
                    phone?: string | null;
                    /** @default  */
                    post?: string;
                    reason: string;
                    /**
                     * Format: uuid
                     * @default null
                     */
                    unitId?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listPersonVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        authorName: string;
                        data: {
                            [key: string]: unknown;
                        };
                        reason: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    exportPeople: {
        parameters: {
            query?: {
                bodyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件（Content-Disposition 给出文件名） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    importPeople: {
        parameters: {
            query: {
                bodyId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 执法人员名录（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        imported: number;
                        unchanged: number;
                        updated: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPeopleLookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** Format: uuid */
                            bodyId: string;
                            bodyName: string;
                            certificate: {
                                categories: ("licensing" | "penalty" | "compulsory" | "inspection" | "levy" | "other")[];
                                expiresOn: string;
                                /** Format: uuid */
                                id: string;
                                invalidReason: string | null;
                                issuedOn: string;
                                number: string;
                                region: string;
                                status: string;
                                valid: boolean;
                            } | null;
                            /** @enum {string} */
                            gender: "male" | "female";
                            /** Format: uuid */
                            id: string;
                            isLegalCounsel: boolean;
                            isReviewer: boolean;
                            name: string;
                            post: string;
                            /** Format: uuid */
                            unitId: string | null;
                            unitName: string | null;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getPublicOfficer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyName: string;
                        categories: string[];
                        complaintPhone: string;
                        expiresOn: string;
                        /** @enum {string} */
                        gender: "male" | "female";
                        issuedOn: string;
                        name: string;
                        number: string;
                        post: string;
                        region: string;
                        statusText: string;
                        valid: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    createPublicityCaseOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    decidedOn: string;
                    note: string;
                    /** @enum {string} */
                    result: "upheld" | "changed" | "revoked" | "confirmed_unlawful";
                    /** @enum {string} */
                    via: "reconsideration" | "litigation" | "self";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    listPublicityPublications: {
        parameters: {
            query?: {
                /** @description 逗号分隔的状态（draft,in_approval,approved,published,not_published,withdrawn,expired,cancelled） */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approvals: {
                                actorId: string;
                                actorName: string;
                                at: string;
                                /** @enum {string} */
                                step: "drafter" | "unit_head" | "deputy" | "head";
                            }[];
                            /** Format: uuid */
                            bodyId: string;
                            bodyName: string;
                            /** Format: uuid */
                            caseId: string;
                            caseKind: string;
                            chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                            channels: {
                                /** @enum {string} */
                                channel: "portal" | "credit";
                                citation: string;
                                from: string;
                                minUntil: string | null;
                                removedOn: string | null;
                                removedReason: string | null;
                                until: string | null;
                            }[];
                            creditSeverity: string;
                            decidedOn: string;
                            due: string;
                            dueCitation: string;
                            edits: {
                                category?: string;
                                end: number;
                                /** @enum {string} */
                                op: "add" | "remove";
                                reason: string;
                                start: number;
                            }[];
                            fullText: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            intent: "publish" | "not_publish";
                            legalBasis: string;
                            minorCase: boolean;
                            /** @enum {string} */
                            mode: "summary" | "full";
                            notPublishedNote: string | null;
                            notPublishedReason: string | null;
                            outcome: {
                                decidedOn: string;
                                note: string;
                                recordedOn: string;
                                result: string;
                                via: string;
                            } | null;
                            publishedOn: string | null;
                            spans: {
                                category: string;
                                end: number;
                                replacement: string;
                                start: number;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                            subject: string;
                            summary: {
                                bodyName: string;
                                category: string;
                                cause: string;
                                conclusion: string;
                                decidedOn: string;
                                documentNumber: string | null;
                                legalBasis: string;
                                partyName: string;
                            };
                            timeliness: {
                                /** @enum {string|null} */
                                publication: "overdue" | "soon" | null;
                                /** @enum {string|null} */
                                withdrawal: "overdue" | "soon" | null;
                            };
                            version: number;
                            withdrawalDue: string | null;
                            withdrawalReason: string | null;
                            withdrawnOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getPublicityPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    updatePublicityPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 信用渠道：轻微、一般、严重失信
                     * @enum {string}
                     */
                    creditSeverity?: "minor" | "general" | "serious";
                    documentNumber?: string;
                    edit?: {
                        /** @enum {string} */
                        category: "name" | "id_number" | "phone" | "bank_account" | "property_certificate" | "email" | "address" | "health";
                        end: number;
                        /** @enum {string} */
                        op: "add";
                        reason: string;
                        start: number;
                    } | {
                        end: number;
                        /** @enum {string} */
                        op: "remove";
                        reason: string;
                        start: number;
                    };
                    /** @enum {string} */
                    intent?: "publish" | "not_publish";
                    legalBasis?: string;
                    /** @description 轻微违法（危害后果轻微并及时改正），门户公示期较短 */
                    minorCase?: boolean;
                    /** @enum {string} */
                    mode?: "summary" | "full";
                    notPublishedNote?: string;
                    /** @enum {string|null} */
                    notPublishedReason?: "minor" | "state_secret" | "trade_secret" | "privacy" | "security" | "law" | null;
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPublicityPublicationApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    step: "drafter" | "unit_head" | "deputy" | "head";
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPublicityPublicationPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPublicityPublicationReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPublicityPublicationSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createPublicityPublicationWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description 读取时的 version */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals: {
                            actorId: string;
                            actorName: string;
                            at: string;
                            /** @enum {string} */
                            step: "drafter" | "unit_head" | "deputy" | "head";
                        }[];
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        /** Format: uuid */
                        caseId: string;
                        caseKind: string;
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[] | null;
                        channels: {
                            /** @enum {string} */
                            channel: "portal" | "credit";
                            citation: string;
                            from: string;
                            minUntil: string | null;
                            removedOn: string | null;
                            removedReason: string | null;
                            until: string | null;
                        }[];
                        creditSeverity: string;
                        decidedOn: string;
                        due: string;
                        dueCitation: string;
                        edits: {
                            category?: string;
                            end: number;
                            /** @enum {string} */
                            op: "add" | "remove";
                            reason: string;
                            start: number;
                        }[];
                        fullText: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        intent: "publish" | "not_publish";
                        legalBasis: string;
                        minorCase: boolean;
                        /** @enum {string} */
                        mode: "summary" | "full";
                        notPublishedNote: string | null;
                        notPublishedReason: string | null;
                        outcome: {
                            decidedOn: string;
                            note: string;
                            recordedOn: string;
                            result: string;
                            via: string;
                        } | null;
                        publishedOn: string | null;
                        /** @description 决定书原文（仅信息发布员编辑草稿时返回，查看记入审计） */
                        source: {
                            text: string;
                        } | null;
                        spans: {
                            category: string;
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                        /** @enum {string} */
                        status: "draft" | "in_approval" | "approved" | "published" | "not_published" | "withdrawn" | "expired" | "cancelled";
                        subject: string;
                        summary: {
                            bodyName: string;
                            category: string;
                            cause: string;
                            conclusion: string;
                            decidedOn: string;
                            documentNumber: string | null;
                            legalBasis: string;
                            partyName: string;
                        };
                        timeliness: {
                            /** @enum {string|null} */
                            publication: "overdue" | "soon" | null;
                            /** @enum {string|null} */
                            withdrawal: "overdue" | "soon" | null;
                        };
                        version: number;
                        withdrawalDue: string | null;
                        withdrawalReason: string | null;
                        withdrawnOn: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    previewPublicityRedactions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    parties?: {
                        address?: string;
                        bankAccount?: string;
                        creditCode?: string;
                        idNumber?: string;
                        /** @enum {string} */
                        kind: "person" | "org";
                        legalRepresentative?: string;
                        name: string;
                        phone?: string;
                        propertyCertificate?: string;
                        /** @enum {string} */
                        role: "party" | "witness" | "agent" | "other";
                    }[];
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redactedText: string;
                        spans: {
                            /** @enum {string} */
                            category: "name" | "id_number" | "phone" | "bank_account" | "property_certificate" | "email" | "address" | "health";
                            end: number;
                            replacement: string;
                            start: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getPublicitySettingsChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updatePublicitySettingsChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chain: ("drafter" | "unit_head" | "deputy" | "head")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chain: ("drafter" | "unit_head" | "deputy" | "head")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getPublicitySupervision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodies: {
                            /** Format: uuid */
                            bodyId: string;
                            bodyName: string;
                            /** @description 应公开的执法决定 */
                            decisions: number;
                            /** @description 即将到期（2 个工作日内） */
                            dueSoon: number;
                            /** @description 撤回超期（超期未撤回或超期后撤回） */
                            lateWithdrawals: number;
                            /** @description 超期仍未提交公开（选择性公示） */
                            neverPublished: number;
                            /** @description 经审批不予公开 */
                            notPublished: number;
                            /** @description 已超期未公开（含审批中） */
                            overdue: number;
                            /** @description 已公开 */
                            published: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReminders: {
        parameters: {
            query: {
                since: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseCode: string;
                        caseId: string;
                        cause: string;
                        due: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        level: "due_soon" | "overdue";
                        raisedOn: string;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReviews: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bodyId: string;
                            caseCause: string;
                            caseCode: string;
                            caseId: string;
                            contests: {
                                [key: string]: unknown;
                            }[];
                            due: string | null;
                            /** @enum {string|null} */
                            dueFlag: "on_time" | "due_soon" | "overdue" | null;
                            id: string;
                            materials: {
                                [key: string]: unknown;
                            };
                            may: {
                                assign: boolean;
                                contest: boolean;
                                coordinate: boolean;
                                decide: boolean;
                                extend: boolean;
                                review: boolean;
                            };
                            passed: boolean;
                            reviewerId: string | null;
                            rounds: {
                                [key: string]: unknown;
                            }[];
                            status: string;
                            statusLabel: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 拟处理决定的法律依据 */
                    basis: string;
                    /** Format: uuid */
                    caseId: string;
                    /** @description 承办机构确认送审材料真实、准确、完整 */
                    confirmed: boolean;
                    /** @description 行政裁量的理由 */
                    discretionReasoning: string;
                    /** @description 拟作出的决定文书（草稿）要点 */
                    draftDecision: string;
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
        };
    };
    createReviewAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /**
                     * Format: uuid
                     * @description 审核人员（人员编号）
                     */
                    reviewerId: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewCollective: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 结论 */
                    conclusion: string;
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /**
                     * @description proceed 作出决定（不采纳审核意见）; follow_opinion 维持审核意见
                     * @enum {string}
                     */
                    outcome: "proceed" | "follow_opinion";
                    participants: string[];
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                    views: {
                        name: string;
                        view: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @description 异议理由 */
                    reasons: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewCoordinate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @description 是否达成一致 */
                    resolved: boolean;
                    /** @description 协调情况 */
                    summary: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewExtend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @description 延长理由 */
                    reason: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                    /** @description 延长工作日 */
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    finding: "conforms" | "nonconforming" | "needs_correction";
                    /**
                     * @description 说明
                     * @default
                     */
                    note?: string;
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @enum {string} */
                    point: "body_lawful" | "officers_qualified" | "procedure_lawful" | "facts_clear" | "evidence_sufficient" | "law_applied" | "discretion_appropriate" | "within_powers" | "documents_complete" | "crime_transfer";
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 修改意见
                     * @default
                     */
                    changes?: string;
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @enum {string} */
                    opinion: "approve" | "suggest_changes" | "return_for_investigation" | "disapprove" | "transfer_to_judiciary";
                    /** @description 审核意见 */
                    text: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    createReviewRecuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                    /** @description 回避理由 */
                    reason: string;
                    /** @description 读取时的版本号（并发控制） */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    getReviewsByCase: {
        parameters: {
            query: {
                caseId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodyId: string;
                        caseCause: string;
                        caseCode: string;
                        caseId: string;
                        contests: {
                            [key: string]: unknown;
                        }[];
                        due: string | null;
                        /** @enum {string|null} */
                        dueFlag: "on_time" | "due_soon" | "overdue" | null;
                        id: string;
                        materials: {
                            [key: string]: unknown;
                        };
                        may: {
                            assign: boolean;
                            contest: boolean;
                            coordinate: boolean;
                            decide: boolean;
                            extend: boolean;
                            review: boolean;
                        };
                        passed: boolean;
                        reviewerId: string | null;
                        rounds: {
                            [key: string]: unknown;
                        }[];
                        status: string;
                        statusLabel: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createReviewsMaterial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 拟处理决定的法律依据 */
                    basis: string;
                    /** Format: uuid */
                    caseId: string;
                    /** @description 行政裁量的理由 */
                    discretionReasoning: string;
                    /** @description 拟作出的决定文书（草稿）要点 */
                    draftDecision: string;
                    /**
                     * Format: date
                     * @description 办理日期（缺省为当日）
                     */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            item: string;
                            label: string;
                            needed: boolean;
                            present: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listUnits: {
        parameters: {
            query?: {
                bodyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "handling" | "legal" | "office" | "licensing" | "other";
                        name: string;
                        /** @default  */
                        phone: string | "";
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    bodyId: string;
                    /** @enum {string} */
                    kind: "handling" | "legal" | "office" | "licensing" | "other";
                    name: string;
                    /** @default  */
                    phone?: string | "";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "handling" | "legal" | "office" | "licensing" | "other";
                        name: string;
                        /** @default  */
                        phone: string | "";
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "handling" | "legal" | "office" | "licensing" | "other";
                    name: string;
                    /** @default  */
                    phone?: string | "";
                    reason: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "handling" | "legal" | "office" | "licensing" | "other";
                        name: string;
                        /** @default  */
                        phone: string | "";
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        displayName: string;
                        /** @enum {string|null} */
                        factorAlgorithm?: "totp" | "sm3" | null;
                        factorTokenSerial?: string | null;
                        /** Format: uuid */
                        id: string;
                        initialPasswordExpired?: boolean;
                        initialPasswordExpiresAt?: string | null;
                        lockedUntil: string | null;
                        mustChangePassword: boolean;
                        /** Format: uuid */
                        personId: string | null;
                        roles: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        totpEnrolled?: boolean;
                        username: string;
                        version: number;
                    }[];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，返回首次的结果（响应头 idempotent-replayed: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 24 小时。须为 1–255 个可见 ASCII 字符（不含空格），可按草案写成带双引号的字符串，如 "8e03978e-40d5-43e8-bc93-6894a57f9324"；一次请求只能带一个 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    bodyId: string;
                    displayName: string;
                    /** Format: uuid */
                    personId?: string | null;
                    roles?: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        displayName: string;
                        /** @enum {string|null} */
                        factorAlgorithm?: "totp" | "sm3" | null;
                        factorTokenSerial?: string | null;
                        /** Format: uuid */
                        id: string;
                        initialPassword: string;
                        initialPasswordExpired?: boolean;
                        initialPasswordExpiresAt?: string | null;
                        lockedUntil: string | null;
                        mustChangePassword: boolean;
                        /** Format: uuid */
                        personId: string | null;
                        roles: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        totpEnrolled?: boolean;
                        username: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleViolation"];
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createUserInitialPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        initialPassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        initialPassword: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    updateUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    roles: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bodyId: string;
                        bodyName: string;
                        displayName: string;
                        /** @enum {string|null} */
                        factorAlgorithm?: "totp" | "sm3" | null;
                        factorTokenSerial?: string | null;
                        /** Format: uuid */
                        id: string;
                        initialPasswordExpired?: boolean;
                        initialPasswordExpiresAt?: string | null;
                        lockedUntil: string | null;
                        mustChangePassword: boolean;
                        /** Format: uuid */
                        personId: string | null;
                        roles: ("officer" | "unit_head" | "reviewer" | "legal_head" | "deputy" | "head" | "publisher" | "archivist" | "sysadmin" | "secadmin" | "auditor")[];
                        /** @enum {string} */
                        status: "active" | "disabled";
                        totpEnrolled?: boolean;
                        username: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    resetUserSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createUserSecondFactorToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    seed: string;
                    serial: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    unlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getWorkQueue: {
        parameters: {
            query?: {
                /** @description 每个分区最多列出的条目数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sections: {
                            count: number;
                            /** @description 匹配的案件超过评估上限，count 为下限 */
                            countIsLowerBound: boolean;
                            /** @description 分区为空时的说明 */
                            empty: string;
                            items: {
                                /** Format: uuid */
                                caseId: string;
                                cause: string;
                                code: string;
                                /** @enum {string|null} */
                                dueLevel: "overdue" | "due_soon" | "open" | null;
                                kind: string;
                                kindLabel: string;
                                /** @description 最近的未届满期限 */
                                nextDue: string | null;
                                nextDueLabel: string | null;
                                /** @description 期限跨入尚未录入节假日安排的年份，届满日为最早可能日期 */
                                nextDueProvisional: boolean;
                                partyName: string;
                                /**
                                 * Format: uuid
                                 * @description 待公示条目：公开信息的编号
                                 */
                                publicationId?: string;
                                state: string;
                                stateLabel: string;
                                /** @description 本条待办涉及的环节 */
                                steps: {
                                    label: string;
                                    type: string;
                                }[];
                                /** @description 待审批事项（立案审批、延期审批、决定审批、集体讨论） */
                                waitingFor: string[];
                            }[];
                            /** @enum {string} */
                            key: "next_steps" | "approvals" | "overdue" | "to_archive" | "review" | "publicity";
                            /** @description 功能尚未上线时的说明；此时分区没有条目 */
                            notice: string | null;
                            title: string;
                        }[];
                        /** @description 各分区条目数之和（菜单角标） */
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
}
