PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-catalog');
INSERT INTO grdb_migrations VALUES('v2-quotes');
INSERT INTO grdb_migrations VALUES('v3-parties');
INSERT INTO grdb_migrations VALUES('v4-policies');
INSERT INTO grdb_migrations VALUES('v5-claims');
INSERT INTO grdb_migrations VALUES('v6-reference-counters');
CREATE TABLE product_version (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    department TEXT NOT NULL,
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    effective_to TEXT CHECK (effective_to IS NULL OR effective_to >= effective_from),
    definition TEXT NOT NULL,
    definition_sha256 TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_xml TEXT NOT NULL,
    loaded_at INTEGER NOT NULL,
    UNIQUE (code, version)
);
INSERT INTO product_version VALUES(1,'PH-ACC-GROUP',1,'accident','小微企业员工团体意外伤害保险','Group Accident Insurance for Employees of Small and Micro Firms','普惠保险事业部（小微企业保险中心）','2026-01-01',NULL,'{"cancellation":{"refund":"pro-rata"},"claims":{"claimTypes":[{"code":"accident-medical","coverage":"MEDICAL","name":{"en":"Accident medical expenses","zh":"意外医疗"},"requiredDocuments":["claim-form","identity-document","medical-bills","medical-records","bank-account"]},{"code":"disability","coverage":"DEATH-DISABILITY","name":{"en":"Accidental disability","zh":"意外伤残"},"requiredDocuments":["claim-form","identity-document","accident-proof","medical-records","disability-assessment","bank-account"]},{"code":"death","coverage":"DEATH-DISABILITY","name":{"en":"Accidental death","zh":"意外身故"},"requiredDocuments":["claim-form","accident-proof","death-certificate","beneficiary-proof","bank-account"]}],"decisionDays":5,"documents":[{"code":"claim-form","name":{"en":"Claim form","zh":"理赔申请书"},"reducedList":true},{"code":"identity-document","name":{"en":"Insured person''s identity document","zh":"被保险人身份证明"},"reducedList":true},{"code":"accident-proof","name":{"en":"Proof of the accident","zh":"意外事故证明"},"reducedList":true},{"code":"medical-bills","name":{"en":"Medical invoices and itemised bills","zh":"医疗费用发票及清单"},"reducedList":true},{"code":"medical-records","name":{"en":"Medical records and diagnosis","zh":"病历及诊断证明"},"reducedList":true},{"code":"disability-assessment","name":{"en":"Disability assessment","zh":"伤残鉴定书"},"reducedList":true},{"code":"death-certificate","name":{"en":"Death certificate and household deregistration","zh":"死亡证明及户籍注销证明"},"reducedList":true},{"code":"beneficiary-proof","name":{"en":"Beneficiary''s identity and relationship","zh":"受益人身份及关系证明"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":3,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"3000.00"},"code":"PH-ACC-GROUP","coverages":[{"amount":{"options":["100000.00","200000.00","300000.00","500000.00","1000000.00"]},"basis":"benefit","code":"DEATH-DISABILITY","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"故意自伤、自杀（无民事行为能力人除外）"},{"lang":"zh","text":"醉酒、吸毒、无证驾驶或酒后驾驶"},{"lang":"zh","text":"从事潜水、跳伞、攀岩等高风险运动"},{"lang":"zh","text":"疾病、妊娠、流产、分娩"}],"mandatory":true,"name":{"en":"Accidental death and disability","zh":"意外身故及伤残"}},{"amount":{"options":["10000.00","20000.00","50000.00"]},"basis":"sum-insured","code":"MEDICAL","deductible":{"amount":"100.00","options":[]},"exclusions":[{"lang":"zh","text":"非意外伤害导致的医疗费用"},{"lang":"zh","text":"非社保目录内的自费药品（另有约定除外）"}],"indemnityPercent":"90","mandatory":false,"name":{"en":"Accident medical expenses","zh":"意外医疗"}}],"department":"普惠保险事业部（小微企业保险中心）","effectiveFrom":"2026-01-01","line":"accident","name":{"en":"Group Accident Insurance for Employees of Small and Micro Firms","zh":"小微企业员工团体意外伤害保险"},"paymentFrequencies":["annual","monthly"],"policyTerm":{"options":[12],"unit":"month"},"rating":{"module":"accident","parameters":{"minimum-premium":"100.00"},"rounding":"half-up","tables":{"class-rate":"accident-class-rate","group-discount":"accident-group-discount","medical-rate":"accident-medical-rate"}},"segments":["small-enterprise","micro-enterprise","individual-business"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form","zh":"投保单"},"reducedList":true},{"code":"business-licence","name":{"en":"Business licence","zh":"营业执照"},"reducedList":true},{"code":"insured-list","name":{"en":"List of insured persons (name, identity number, occupation)","zh":"被保险人清单（姓名、身份证号、职业）"},"reducedList":true},{"code":"occupation-statement","name":{"en":"Description of the jobs","zh":"工种说明"},"reducedList":false}],"rules":[{"action":"decline","code":"UW-ACC-AGE-LOW","fact":"insured-age","reason":{"en":"Insured person under 16 cannot be covered as an employee","zh":"被保险人未满16周岁，不得作为雇员投保"},"test":"below","value":"16"},{"action":"decline","code":"UW-ACC-AGE-HIGH","fact":"insured-age","reason":{"en":"Insured person over 65","zh":"被保险人超过65周岁"},"test":"above","value":"65"},{"action":"refer","code":"UW-ACC-CLASS","fact":"occupation-class","reason":{"en":"Occupation classes 5 and 6 need an underwriter","zh":"职业类别5-6类需人工核保"},"test":"in","value":"5 6"},{"action":"decline","code":"UW-ACC-UNINSURABLE","fact":"occupation-class","reason":{"en":"Uninsurable occupation (e.g. underground coal mining, sea crew)","zh":"拒保职业（如井下采煤、远洋船员）"},"test":"in","value":"uninsurable"},{"action":"decline","code":"UW-ACC-SIZE","fact":"group-size","reason":{"en":"A group policy needs at least three insured persons","zh":"团体保险至少3人投保"},"test":"below","value":"3"},{"action":"refer","code":"UW-ACC-SI","fact":"sum-insured","reason":{"en":"Death benefit above 500,000 yuan per person","zh":"每人意外身故保额超过50万元需人工核保"},"test":"above","value":"500000"}]},"version":1}','62f4345d871483142a93f5c3df5ba070710a39e6a971512d8270e1e9838c466a','products/accident-group.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Group accident insurance for employees of micro and small firms (小微企业团体意外伤害保险).\n     Terms and figures are illustrative of the Chinese market, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-ACC-GROUP</code>\n  <version>1</version>\n  <name lang="zh">小微企业员工团体意外伤害保险</name>\n  <name lang="en">Group Accident Insurance for Employees of Small and Micro Firms</name>\n  <line>accident</line>\n  <department>普惠保险事业部（小微企业保险中心）</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>small-enterprise</segment>\n    <segment>micro-enterprise</segment>\n    <segment>individual-business</segment>\n  </segments>\n  <policyTerm unit="month">\n    <option>12</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n    <frequency>monthly</frequency>\n  </premiumPayment>\n  <cancellation refund="pro-rata"/>\n  <coverages>\n    <coverage code="DEATH-DISABILITY" basis="benefit" mandatory="true">\n      <name lang="zh">意外身故及伤残</name>\n      <name lang="en">Accidental death and disability</name>\n      <amount>\n        <option>100000</option>\n        <option>200000</option>\n        <option>300000</option>\n        <option>500000</option>\n        <option>1000000</option>\n      </amount>\n      <exclusions>\n        <exclusion lang="zh">故意自伤、自杀（无民事行为能力人除外）</exclusion>\n        <exclusion lang="zh">醉酒、吸毒、无证驾驶或酒后驾驶</exclusion>\n        <exclusion lang="zh">从事潜水、跳伞、攀岩等高风险运动</exclusion>\n        <exclusion lang="zh">疾病、妊娠、流产、分娩</exclusion>\n      </exclusions>\n    </coverage>\n    <coverage code="MEDICAL" basis="sum-insured" mandatory="false">\n      <name lang="zh">意外医疗</name>\n      <name lang="en">Accident medical expenses</name>\n      <amount>\n        <option>10000</option>\n        <option>20000</option>\n        <option>50000</option>\n      </amount>\n      <deductible amount="100"/>\n      <indemnityPercent>90</indemnityPercent>\n      <exclusions>\n        <exclusion lang="zh">非意外伤害导致的医疗费用</exclusion>\n        <exclusion lang="zh">非社保目录内的自费药品（另有约定除外）</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="accident" rounding="half-up">\n    <table role="class-rate" name="accident-class-rate"/>\n    <table role="medical-rate" name="accident-medical-rate"/>\n    <table role="group-discount" name="accident-group-discount"/>\n    <parameter name="minimum-premium" value="100.00"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-ACC-AGE-LOW" fact="insured-age" test="below" value="16" action="decline">\n      <reason lang="zh">被保险人未满16周岁，不得作为雇员投保</reason>\n      <reason lang="en">Insured person under 16 cannot be covered as an employee</reason>\n    </rule>\n    <rule code="UW-ACC-AGE-HIGH" fact="insured-age" test="above" value="65" action="decline">\n      <reason lang="zh">被保险人超过65周岁</reason>\n      <reason lang="en">Insured person over 65</reason>\n    </rule>\n    <rule code="UW-ACC-CLASS" fact="occupation-class" test="in" value="5 6" action="refer">\n      <reason lang="zh">职业类别5-6类需人工核保</reason>\n      <reason lang="en">Occupation classes 5 and 6 need an underwriter</reason>\n    </rule>\n    <rule code="UW-ACC-UNINSURABLE" fact="occupation-class" test="in" value="uninsurable" action="decline">\n      <reason lang="zh">拒保职业（如井下采煤、远洋船员）</reason>\n      <reason lang="en">Uninsurable occupation (e.g. underground coal mining, sea crew)</reason>\n    </rule>\n    <rule code="UW-ACC-SIZE" fact="group-size" test="below" value="3" action="decline">\n      <reason lang="zh">团体保险至少3人投保</reason>\n      <reason lang="en">A group policy needs at least three insured persons</reason>\n    </rule>\n    <rule code="UW-ACC-SI" fact="sum-insured" test="above" value="500000" action="refer">\n      <reason lang="zh">每人意外身故保额超过50万元需人工核保</reason>\n      <reason lang="en">Death benefit above 500,000 yuan per person</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单</name><name lang="en">Application form</name>\n      </document>\n      <document code="business-licence" reducedList="true">\n        <name lang="zh">营业执照</name><name lang="en">Business licence</name>\n      </document>\n      <document code="insured-list" reducedList="true">\n        <name lang="zh">被保险人清单（姓名、身份证号、职业）</name><name lang="en">List of insured persons (name, identity number, occupation)</name>\n      </document>\n      <document code="occupation-statement" reducedList="false">\n        <name lang="zh">工种说明</name><name lang="en">Description of the jobs</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="5" paymentDays="3"/>\n    <smallClaim threshold="3000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">理赔申请书</name><name lang="en">Claim form</name></document>\n      <document code="identity-document"><name lang="zh">被保险人身份证明</name><name lang="en">Insured person''s identity document</name></document>\n      <document code="accident-proof"><name lang="zh">意外事故证明</name><name lang="en">Proof of the accident</name></document>\n      <document code="medical-bills"><name lang="zh">医疗费用发票及清单</name><name lang="en">Medical invoices and itemised bills</name></document>\n      <document code="medical-records"><name lang="zh">病历及诊断证明</name><name lang="en">Medical records and diagnosis</name></document>\n      <document code="disability-assessment"><name lang="zh">伤残鉴定书</name><name lang="en">Disability assessment</name></document>\n      <document code="death-certificate"><name lang="zh">死亡证明及户籍注销证明</name><name lang="en">Death certificate and household deregistration</name></document>\n      <document code="beneficiary-proof"><name lang="zh">受益人身份及关系证明</name><name lang="en">Beneficiary''s identity and relationship</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="accident-medical" coverage="MEDICAL">\n      <name lang="zh">意外医疗</name><name lang="en">Accident medical expenses</name>\n      <requires>claim-form</requires><requires>identity-document</requires><requires>medical-bills</requires>\n      <requires>medical-records</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="disability" coverage="DEATH-DISABILITY">\n      <name lang="zh">意外伤残</name><name lang="en">Accidental disability</name>\n      <requires>claim-form</requires><requires>identity-document</requires><requires>accident-proof</requires>\n      <requires>medical-records</requires><requires>disability-assessment</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="death" coverage="DEATH-DISABILITY">\n      <name lang="zh">意外身故</name><name lang="en">Accidental death</name>\n      <requires>claim-form</requires><requires>accident-proof</requires><requires>death-certificate</requires>\n      <requires>beneficiary-proof</requires><requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(2,'PH-EXCR-SME',1,'export-credit','小微出口企业短期出口信用保险','Short-term Export Credit Insurance for Small Exporters','普惠保险事业部（小微企业保险中心）出口信用保险团队','2026-01-01',NULL,'{"cancellation":{"refund":"pro-rata"},"claims":{"claimTypes":[{"code":"buyer-default","coverage":"COMMERCIAL","name":{"en":"Buyer''s protracted default","zh":"买方拖欠"},"requiredDocuments":["claim-form","commercial-invoice","bill-of-lading","sales-contract","customs-declaration","dunning-records"]},{"code":"buyer-insolvency","coverage":"COMMERCIAL","name":{"en":"Buyer''s insolvency","zh":"买方破产"},"requiredDocuments":["claim-form","commercial-invoice","bill-of-lading","sales-contract","customs-declaration","insolvency-evidence"]},{"code":"political-event","coverage":"POLITICAL","name":{"en":"Political event","zh":"政治风险事件"},"requiredDocuments":["claim-form","commercial-invoice","bill-of-lading","sales-contract","government-evidence"]}],"decisionDays":30,"documents":[{"code":"claim-form","name":{"en":"Notice of possible loss and claim form","zh":"可能损失通知书及索赔申请书"},"reducedList":true},{"code":"commercial-invoice","name":{"en":"Commercial invoice","zh":"商业发票"},"reducedList":true},{"code":"bill-of-lading","name":{"en":"Bill of lading or transport document","zh":"提单或运输单据"},"reducedList":true},{"code":"sales-contract","name":{"en":"Sales contract","zh":"贸易合同"},"reducedList":true},{"code":"customs-declaration","name":{"en":"Export customs declaration","zh":"出口报关单"},"reducedList":true},{"code":"dunning-records","name":{"en":"Records of collection attempts","zh":"催收往来记录"},"reducedList":true},{"code":"insolvency-evidence","name":{"en":"Evidence of the buyer''s insolvency","zh":"买方破产证明"},"reducedList":true},{"code":"government-evidence","name":{"en":"Evidence of the government measure or political event","zh":"政府禁令或政治事件证明"},"reducedList":true}],"paymentDays":10,"smallClaimCloseDays":30,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"50000.00"},"code":"PH-EXCR-SME","coverages":[{"amount":{"max":"10000000.00","min":"100000.00","options":[],"step":"10000.00"},"basis":"limit","code":"COMMERCIAL","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"被保险人或其代理人违约、欺诈"},{"lang":"zh","text":"货物出运前已知买方拒收或信用恶化"},{"lang":"zh","text":"汇率变动损失"},{"lang":"zh","text":"买方为被保险人关联企业的交易"}],"indemnityPercent":"90","mandatory":true,"name":{"en":"Commercial risk (buyer insolvency, protracted default, repudiation)","zh":"商业风险（买方破产、拖欠、拒收）"}},{"amount":{"max":"10000000.00","min":"100000.00","options":[],"step":"10000.00"},"basis":"limit","code":"POLITICAL","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"出口国政府的管制措施"},{"lang":"zh","text":"核风险"}],"indemnityPercent":"90","mandatory":true,"name":{"en":"Political risk (transfer restriction, war, cancelled import licence)","zh":"政治风险（禁止汇兑、战争、进口许可撤销）"}}],"department":"普惠保险事业部（小微企业保险中心）出口信用保险团队","effectiveFrom":"2026-01-01","line":"export-credit","name":{"en":"Short-term Export Credit Insurance for Small Exporters","zh":"小微出口企业短期出口信用保险"},"paymentFrequencies":["annual","quarterly"],"policyTerm":{"options":[12],"unit":"month"},"rating":{"module":"export-credit","parameters":{"max-buyer-limit":"3000000.00","max-credit-days":"360","minimum-premium":"2000.00"},"rounding":"half-up","tables":{"rate":"export-credit-rate"}},"segments":["small-enterprise","micro-enterprise","individual-business"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form","zh":"投保单"},"reducedList":true},{"code":"business-licence","name":{"en":"Business licence","zh":"营业执照"},"reducedList":true},{"code":"export-record","name":{"en":"Foreign trade registration or customs record","zh":"对外贸易经营者备案或海关登记"},"reducedList":true},{"code":"buyer-list","name":{"en":"List of buyers","zh":"买方清单"},"reducedList":true},{"code":"export-statistics","name":{"en":"Export statistics for the last two years","zh":"近两年出口统计"},"reducedList":false}],"rules":[{"action":"decline","code":"UW-EXCR-EXPORTS","fact":"annual-exports","reason":{"en":"Annual exports above about USD 5 million (36,000,000 yuan): not a small exporter","zh":"年出口额超过约500万美元（3600万元），不属于小微出口企业"},"test":"above","value":"36000000"},{"action":"decline","code":"UW-EXCR-SANCTION","fact":"buyer-country","reason":{"en":"Buyer country under sanctions","zh":"买方所在国家受制裁，不予承保"},"test":"in","value":"KP IR SY CU"},{"action":"refer","code":"UW-EXCR-CLASS","fact":"buyer-country-class","reason":{"en":"Buyer country risk class 7 needs an underwriter","zh":"买方国家风险等级7，需人工核保"},"test":"in","value":"7"},{"action":"refer","code":"UW-EXCR-PERIOD","fact":"credit-period-days","reason":{"en":"Credit period above 180 days","zh":"信用期超过180天，需人工核保"},"test":"above","value":"180"},{"action":"refer","code":"UW-EXCR-LIMIT","fact":"buyer-credit-limit","reason":{"en":"Credit limit above 2,000,000 yuan requested for one buyer","zh":"单一买方信用限额申请超过200万元，需人工审批"},"test":"above","value":"2000000"}]},"version":1}','2d1a6129692b960d56cc8cae3af3c1489f48c3e9213afd14a83b8d4fec949c8c','products/export-credit-sme.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Short-term export credit insurance for small exporters (小微出口企业短期出口信用保险).\n     Terms and figures are illustrative, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-EXCR-SME</code>\n  <version>1</version>\n  <name lang="zh">小微出口企业短期出口信用保险</name>\n  <name lang="en">Short-term Export Credit Insurance for Small Exporters</name>\n  <line>export-credit</line>\n  <department>普惠保险事业部（小微企业保险中心）出口信用保险团队</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>small-enterprise</segment>\n    <segment>micro-enterprise</segment>\n    <segment>individual-business</segment>\n  </segments>\n  <policyTerm unit="month">\n    <option>12</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n    <frequency>quarterly</frequency>\n  </premiumPayment>\n  <cancellation refund="pro-rata"/>\n  <coverages>\n    <coverage code="COMMERCIAL" basis="limit" mandatory="true">\n      <name lang="zh">商业风险（买方破产、拖欠、拒收）</name>\n      <name lang="en">Commercial risk (buyer insolvency, protracted default, repudiation)</name>\n      <amount min="100000" max="10000000" step="10000"/>\n      <indemnityPercent>90</indemnityPercent>\n      <exclusions>\n        <exclusion lang="zh">被保险人或其代理人违约、欺诈</exclusion>\n        <exclusion lang="zh">货物出运前已知买方拒收或信用恶化</exclusion>\n        <exclusion lang="zh">汇率变动损失</exclusion>\n        <exclusion lang="zh">买方为被保险人关联企业的交易</exclusion>\n      </exclusions>\n    </coverage>\n    <coverage code="POLITICAL" basis="limit" mandatory="true">\n      <name lang="zh">政治风险（禁止汇兑、战争、进口许可撤销）</name>\n      <name lang="en">Political risk (transfer restriction, war, cancelled import licence)</name>\n      <amount min="100000" max="10000000" step="10000"/>\n      <indemnityPercent>90</indemnityPercent>\n      <exclusions>\n        <exclusion lang="zh">出口国政府的管制措施</exclusion>\n        <exclusion lang="zh">核风险</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="export-credit" rounding="half-up">\n    <table role="rate" name="export-credit-rate"/>\n    <parameter name="minimum-premium" value="2000.00"/>\n    <parameter name="max-buyer-limit" value="3000000.00"/>\n    <parameter name="max-credit-days" value="360"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-EXCR-EXPORTS" fact="annual-exports" test="above" value="36000000" action="decline">\n      <reason lang="zh">年出口额超过约500万美元（3600万元），不属于小微出口企业</reason>\n      <reason lang="en">Annual exports above about USD 5 million (36,000,000 yuan): not a small exporter</reason>\n    </rule>\n    <rule code="UW-EXCR-SANCTION" fact="buyer-country" test="in" value="KP IR SY CU" action="decline">\n      <reason lang="zh">买方所在国家受制裁，不予承保</reason>\n      <reason lang="en">Buyer country under sanctions</reason>\n    </rule>\n    <rule code="UW-EXCR-CLASS" fact="buyer-country-class" test="in" value="7" action="refer">\n      <reason lang="zh">买方国家风险等级7，需人工核保</reason>\n      <reason lang="en">Buyer country risk class 7 needs an underwriter</reason>\n    </rule>\n    <rule code="UW-EXCR-PERIOD" fact="credit-period-days" test="above" value="180" action="refer">\n      <reason lang="zh">信用期超过180天，需人工核保</reason>\n      <reason lang="en">Credit period above 180 days</reason>\n    </rule>\n    <rule code="UW-EXCR-LIMIT" fact="buyer-credit-limit" test="above" value="2000000" action="refer">\n      <reason lang="zh">单一买方信用限额申请超过200万元，需人工审批</reason>\n      <reason lang="en">Credit limit above 2,000,000 yuan requested for one buyer</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单</name><name lang="en">Application form</name>\n      </document>\n      <document code="business-licence" reducedList="true">\n        <name lang="zh">营业执照</name><name lang="en">Business licence</name>\n      </document>\n      <document code="export-record" reducedList="true">\n        <name lang="zh">对外贸易经营者备案或海关登记</name><name lang="en">Foreign trade registration or customs record</name>\n      </document>\n      <document code="buyer-list" reducedList="true">\n        <name lang="zh">买方清单</name><name lang="en">List of buyers</name>\n      </document>\n      <document code="export-statistics" reducedList="false">\n        <name lang="zh">近两年出口统计</name><name lang="en">Export statistics for the last two years</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="30" paymentDays="10"/>\n    <smallClaim threshold="50000" noticeWorkingDays="1" closeDays="30"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">可能损失通知书及索赔申请书</name><name lang="en">Notice of possible loss and claim form</name></document>\n      <document code="commercial-invoice"><name lang="zh">商业发票</name><name lang="en">Commercial invoice</name></document>\n      <document code="bill-of-lading"><name lang="zh">提单或运输单据</name><name lang="en">Bill of lading or transport document</name></document>\n      <document code="sales-contract"><name lang="zh">贸易合同</name><name lang="en">Sales contract</name></document>\n      <document code="customs-declaration"><name lang="zh">出口报关单</name><name lang="en">Export customs declaration</name></document>\n      <document code="dunning-records"><name lang="zh">催收往来记录</name><name lang="en">Records of collection attempts</name></document>\n      <document code="insolvency-evidence"><name lang="zh">买方破产证明</name><name lang="en">Evidence of the buyer''s insolvency</name></document>\n      <document code="government-evidence"><name lang="zh">政府禁令或政治事件证明</name><name lang="en">Evidence of the government measure or political event</name></document>\n    </documents>\n    <claimType code="buyer-default" coverage="COMMERCIAL">\n      <name lang="zh">买方拖欠</name><name lang="en">Buyer''s protracted default</name>\n      <requires>claim-form</requires><requires>commercial-invoice</requires><requires>bill-of-lading</requires>\n      <requires>sales-contract</requires><requires>customs-declaration</requires><requires>dunning-records</requires>\n    </claimType>\n    <claimType code="buyer-insolvency" coverage="COMMERCIAL">\n      <name lang="zh">买方破产</name><name lang="en">Buyer''s insolvency</name>\n      <requires>claim-form</requires><requires>commercial-invoice</requires><requires>bill-of-lading</requires>\n      <requires>sales-contract</requires><requires>customs-declaration</requires><requires>insolvency-evidence</requires>\n    </claimType>\n    <claimType code="political-event" coverage="POLITICAL">\n      <name lang="zh">政治风险事件</name><name lang="en">Political event</name>\n      <requires>claim-form</requires><requires>commercial-invoice</requires><requires>bill-of-lading</requires>\n      <requires>sales-contract</requires><requires>government-evidence</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(3,'PH-HLTH-OWNER',1,'health','个体工商户及小微企业主医疗保险','Medical Insurance for Individual-Business and Small-Firm Owners','普惠保险事业部（小微企业保险中心）','2026-01-01',NULL,'{"cancellation":{"refund":"pro-rata"},"claims":{"claimTypes":[{"code":"inpatient","coverage":"INPATIENT","name":{"en":"Inpatient stay","zh":"一般住院"},"requiredDocuments":["claim-form","identity-document","discharge-summary","medical-bills","bank-account"]},{"code":"critical-illness","coverage":"CRITICAL","name":{"en":"Critical illness inpatient stay","zh":"重大疾病住院"},"requiredDocuments":["claim-form","identity-document","discharge-summary","medical-bills","diagnosis","bank-account"]}],"decisionDays":5,"documents":[{"code":"claim-form","name":{"en":"Claim form","zh":"理赔申请书"},"reducedList":true},{"code":"identity-document","name":{"en":"Insured person''s identity document","zh":"被保险人身份证明"},"reducedList":true},{"code":"discharge-summary","name":{"en":"Discharge summary","zh":"出院小结"},"reducedList":true},{"code":"medical-bills","name":{"en":"Medical invoices, itemised bills and social insurance settlement","zh":"医疗费用发票、费用清单及社保结算单"},"reducedList":true},{"code":"diagnosis","name":{"en":"Diagnosis and pathology report","zh":"诊断证明及病理报告"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":3,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"3000.00"},"code":"PH-HLTH-OWNER","coverages":[{"amount":{"options":["1000000.00","2000000.00","3000000.00"]},"basis":"sum-insured","code":"INPATIENT","deductible":{"amount":"10000.00","options":[]},"exclusions":[{"lang":"zh","text":"投保前已患疾病（既往症）"},{"lang":"zh","text":"等待期内发生的疾病"},{"lang":"zh","text":"美容、整形、牙科、视力矫正"},{"lang":"zh","text":"未经社保结算时按60%比例赔付"}],"indemnityPercent":"100","mandatory":true,"name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"},"waitingPeriodDays":30},{"amount":{"options":["1000000.00","2000000.00","3000000.00"]},"basis":"sum-insured","code":"CRITICAL","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"投保前已患疾病（既往症）"},{"lang":"zh","text":"等待期内确诊的重大疾病"}],"indemnityPercent":"100","mandatory":true,"name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"},"waitingPeriodDays":90}],"department":"普惠保险事业部（小微企业保险中心）","effectiveFrom":"2026-01-01","line":"health","name":{"en":"Medical Insurance for Individual-Business and Small-Firm Owners","zh":"个体工商户及小微企业主医疗保险"},"paymentFrequencies":["annual","monthly"],"policyTerm":{"options":[12],"unit":"month"},"rating":{"module":"health","parameters":{"plan-limit-basic":"1000000.00","plan-limit-premium":"3000000.00","plan-limit-standard":"2000000.00"},"rounding":"half-up","tables":{"premium":"health-premium"}},"segments":["individual-business","business-owner","flexible-worker"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form with health declaration","zh":"投保单及健康告知"},"reducedList":true},{"code":"identity-document","name":{"en":"Insured person''s identity card","zh":"被保险人身份证"},"reducedList":true},{"code":"business-licence","name":{"en":"Business licence (proof of being an owner)","zh":"营业执照（证明经营者身份）"},"reducedList":false}],"rules":[{"action":"decline","code":"UW-HLTH-AGE-LOW","fact":"insured-age","reason":{"en":"Entry age must be at least 18","zh":"投保年龄须满18周岁"},"test":"below","value":"18"},{"action":"decline","code":"UW-HLTH-AGE-HIGH","fact":"insured-age","reason":{"en":"First entry age is at most 60","zh":"首次投保年龄不超过60周岁"},"test":"above","value":"60"},{"action":"refer","code":"UW-HLTH-AGE-REFER","fact":"insured-age","reason":{"en":"Ages 56 to 60 need a reviewed health declaration","zh":"56至60周岁需健康告知人工审核"},"test":"above","value":"55"},{"action":"refer","code":"UW-HLTH-DECL","fact":"health-declaration","reason":{"en":"Health declaration discloses a condition","zh":"健康告知有异常，需人工核保"},"test":"in","value":"abnormal"}]},"version":1}','b7905f924ebf9e9353c0bd9c1acd08851d92f51678ffb8cea656cba54aa10717','products/health-owner.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Medical insurance for individual-business owners and small-firm owners (个体工商户主医疗保险).\n     Terms and figures are illustrative of the Chinese market, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-HLTH-OWNER</code>\n  <version>1</version>\n  <name lang="zh">个体工商户及小微企业主医疗保险</name>\n  <name lang="en">Medical Insurance for Individual-Business and Small-Firm Owners</name>\n  <line>health</line>\n  <department>普惠保险事业部（小微企业保险中心）</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>individual-business</segment>\n    <segment>business-owner</segment>\n    <segment>flexible-worker</segment>\n  </segments>\n  <policyTerm unit="month">\n    <option>12</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n    <frequency>monthly</frequency>\n  </premiumPayment>\n  <cancellation refund="pro-rata"/>\n  <coverages>\n    <coverage code="INPATIENT" basis="sum-insured" mandatory="true">\n      <name lang="zh">一般住院医疗</name>\n      <name lang="en">Inpatient medical expenses</name>\n      <amount>\n        <option>1000000</option>\n        <option>2000000</option>\n        <option>3000000</option>\n      </amount>\n      <deductible amount="10000"/>\n      <indemnityPercent>100</indemnityPercent>\n      <waitingPeriodDays>30</waitingPeriodDays>\n      <exclusions>\n        <exclusion lang="zh">投保前已患疾病（既往症）</exclusion>\n        <exclusion lang="zh">等待期内发生的疾病</exclusion>\n        <exclusion lang="zh">美容、整形、牙科、视力矫正</exclusion>\n        <exclusion lang="zh">未经社保结算时按60%比例赔付</exclusion>\n      </exclusions>\n    </coverage>\n    <coverage code="CRITICAL" basis="sum-insured" mandatory="true">\n      <name lang="zh">重大疾病住院医疗（免赔额为0）</name>\n      <name lang="en">Critical illness inpatient expenses (no deductible)</name>\n      <amount>\n        <option>1000000</option>\n        <option>2000000</option>\n        <option>3000000</option>\n      </amount>\n      <indemnityPercent>100</indemnityPercent>\n      <waitingPeriodDays>90</waitingPeriodDays>\n      <exclusions>\n        <exclusion lang="zh">投保前已患疾病（既往症）</exclusion>\n        <exclusion lang="zh">等待期内确诊的重大疾病</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="health" rounding="half-up">\n    <table role="premium" name="health-premium"/>\n    <parameter name="plan-limit-basic" value="1000000.00"/>\n    <parameter name="plan-limit-standard" value="2000000.00"/>\n    <parameter name="plan-limit-premium" value="3000000.00"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-HLTH-AGE-LOW" fact="insured-age" test="below" value="18" action="decline">\n      <reason lang="zh">投保年龄须满18周岁</reason>\n      <reason lang="en">Entry age must be at least 18</reason>\n    </rule>\n    <rule code="UW-HLTH-AGE-HIGH" fact="insured-age" test="above" value="60" action="decline">\n      <reason lang="zh">首次投保年龄不超过60周岁</reason>\n      <reason lang="en">First entry age is at most 60</reason>\n    </rule>\n    <rule code="UW-HLTH-AGE-REFER" fact="insured-age" test="above" value="55" action="refer">\n      <reason lang="zh">56至60周岁需健康告知人工审核</reason>\n      <reason lang="en">Ages 56 to 60 need a reviewed health declaration</reason>\n    </rule>\n    <rule code="UW-HLTH-DECL" fact="health-declaration" test="in" value="abnormal" action="refer">\n      <reason lang="zh">健康告知有异常，需人工核保</reason>\n      <reason lang="en">Health declaration discloses a condition</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单及健康告知</name><name lang="en">Application form with health declaration</name>\n      </document>\n      <document code="identity-document" reducedList="true">\n        <name lang="zh">被保险人身份证</name><name lang="en">Insured person''s identity card</name>\n      </document>\n      <document code="business-licence" reducedList="false">\n        <name lang="zh">营业执照（证明经营者身份）</name><name lang="en">Business licence (proof of being an owner)</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="5" paymentDays="3"/>\n    <smallClaim threshold="3000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">理赔申请书</name><name lang="en">Claim form</name></document>\n      <document code="identity-document"><name lang="zh">被保险人身份证明</name><name lang="en">Insured person''s identity document</name></document>\n      <document code="discharge-summary"><name lang="zh">出院小结</name><name lang="en">Discharge summary</name></document>\n      <document code="medical-bills"><name lang="zh">医疗费用发票、费用清单及社保结算单</name><name lang="en">Medical invoices, itemised bills and social insurance settlement</name></document>\n      <document code="diagnosis"><name lang="zh">诊断证明及病理报告</name><name lang="en">Diagnosis and pathology report</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="inpatient" coverage="INPATIENT">\n      <name lang="zh">一般住院</name><name lang="en">Inpatient stay</name>\n      <requires>claim-form</requires><requires>identity-document</requires><requires>discharge-summary</requires>\n      <requires>medical-bills</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="critical-illness" coverage="CRITICAL">\n      <name lang="zh">重大疾病住院</name><name lang="en">Critical illness inpatient stay</name>\n      <requires>claim-form</requires><requires>identity-document</requires><requires>discharge-summary</requires>\n      <requires>medical-bills</requires><requires>diagnosis</requires><requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(4,'PH-LIAB-MICRO',1,'liability','小微企业公众及雇主责任组合保险','Public and Employer''s Liability for Micro Firms','普惠保险事业部（小微企业保险中心）','2026-01-01',NULL,'{"cancellation":{"refund":"short-rate","table":"short-rate-annual"},"claims":{"claimTypes":[{"code":"public-bodily-injury","coverage":"PUBLIC","name":{"en":"Third-party bodily injury","zh":"第三者人身伤害"},"requiredDocuments":["claim-form","incident-report","third-party-claim","medical-records","settlement-agreement","bank-account"]},{"code":"public-property-damage","coverage":"PUBLIC","name":{"en":"Third-party property damage","zh":"第三者财产损失"},"requiredDocuments":["claim-form","incident-report","third-party-claim","settlement-agreement","bank-account"]},{"code":"employee-injury","coverage":"EMPLOYER","name":{"en":"Employee injury at work","zh":"雇员工伤"},"requiredDocuments":["claim-form","incident-report","labour-contract","medical-records","injury-determination","bank-account"]}],"decisionDays":15,"documents":[{"code":"claim-form","name":{"en":"Claim form","zh":"索赔申请书"},"reducedList":true},{"code":"incident-report","name":{"en":"Account of the incident","zh":"事故经过说明"},"reducedList":true},{"code":"third-party-claim","name":{"en":"Third party''s letter of claim","zh":"第三者索赔函"},"reducedList":true},{"code":"medical-records","name":{"en":"Medical records, diagnosis and medical bills","zh":"病历、诊断证明及医疗费用票据"},"reducedList":true},{"code":"labour-contract","name":{"en":"Labour contract or proof of employment","zh":"劳动合同或用工证明"},"reducedList":true},{"code":"injury-determination","name":{"en":"Work injury determination or disability assessment","zh":"工伤认定书或伤残鉴定"},"reducedList":true},{"code":"settlement-agreement","name":{"en":"Settlement agreement or court judgment","zh":"和解协议或法院判决书"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":7,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"5000.00"},"code":"PH-LIAB-MICRO","coverages":[{"amount":{"options":["200000.00","500000.00","1000000.00","2000000.00"]},"basis":"limit","code":"PUBLIC","deductible":{"options":["0.00","500.00","1000.00","2000.00"]},"exclusions":[{"lang":"zh","text":"被保险人的雇员遭受的人身伤害（属雇主责任）"},{"lang":"zh","text":"产品责任、职业责任"},{"lang":"zh","text":"机动车辆造成的损害"},{"lang":"zh","text":"被保险人的故意行为、罚款、罚金及惩罚性赔款"},{"lang":"zh","text":"污染责任（突发意外污染除外）"}],"mandatory":true,"name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"}},{"amount":{"options":["300000.00","500000.00","800000.00","1000000.00"]},"basis":"limit","code":"EMPLOYER","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"雇员的故意自伤、自杀、斗殴、醉酒或吸毒"},{"lang":"zh","text":"职业病以外的疾病"},{"lang":"zh","text":"雇员在工作时间和场所以外的伤害（上下班途中除外）"}],"mandatory":false,"name":{"en":"Employer''s liability (limit per employee for death and disability)","zh":"雇主责任（每人死亡伤残赔偿限额）"}}],"department":"普惠保险事业部（小微企业保险中心）","effectiveFrom":"2026-01-01","line":"liability","name":{"en":"Public and Employer''s Liability for Micro Firms","zh":"小微企业公众及雇主责任组合保险"},"paymentFrequencies":["annual","quarterly","monthly"],"policyTerm":{"options":[12],"unit":"month"},"rating":{"module":"liability","parameters":{"aggregate-multiple":"3","minimum-premium":"500.00"},"rounding":"half-up","tables":{"deductible-factor":"liability-deductible-factor","employer-rate":"liability-employer-rate","limit-factor":"liability-limit-factor","public-rate":"liability-public-rate"}},"segments":["small-enterprise","micro-enterprise","individual-business"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form","zh":"投保单"},"reducedList":true},{"code":"business-licence","name":{"en":"Business licence","zh":"营业执照"},"reducedList":true},{"code":"employee-list","name":{"en":"List of employees (with employer''s liability)","zh":"雇员名单（投保雇主责任时）"},"reducedList":true},{"code":"financial-statement","name":{"en":"Last year''s accounts or tax certificate","zh":"上年度财务报表或纳税证明"},"reducedList":false}],"rules":[{"action":"refer","code":"UW-LIAB-HAZ","fact":"industry-hazard-class","reason":{"en":"Hazard class 5 industries need an underwriter","zh":"高危行业（危险等级5）需人工核保"},"test":"in","value":"5"},{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above","value":"1000000"},{"action":"decline","code":"UW-LIAB-SIZE","fact":"employees","reason":{"en":"More than 300 employees: outside this small-business product","zh":"雇员超过300人，不属于本产品服务的小微企业"},"test":"above","value":"300"}]},"version":1}','ce6ee4e7a3ff82b748962f1de14de3a9702a8ffdc765e1ef9097a920153c8349','products/liability-micro.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Public and employer''s liability for micro firms (小微企业公众及雇主责任组合保险).\n     Terms and figures are illustrative of the Chinese market, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-LIAB-MICRO</code>\n  <version>1</version>\n  <name lang="zh">小微企业公众及雇主责任组合保险</name>\n  <name lang="en">Public and Employer''s Liability for Micro Firms</name>\n  <line>liability</line>\n  <department>普惠保险事业部（小微企业保险中心）</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>small-enterprise</segment>\n    <segment>micro-enterprise</segment>\n    <segment>individual-business</segment>\n  </segments>\n  <policyTerm unit="month">\n    <option>12</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n    <frequency>quarterly</frequency>\n    <frequency>monthly</frequency>\n  </premiumPayment>\n  <cancellation refund="short-rate" table="short-rate-annual"/>\n  <coverages>\n    <coverage code="PUBLIC" basis="limit" mandatory="true">\n      <name lang="zh">公众责任（每次事故赔偿限额）</name>\n      <name lang="en">Public liability (limit per occurrence)</name>\n      <amount>\n        <option>200000</option>\n        <option>500000</option>\n        <option>1000000</option>\n        <option>2000000</option>\n      </amount>\n      <deductible>\n        <option>0</option>\n        <option>500</option>\n        <option>1000</option>\n        <option>2000</option>\n      </deductible>\n      <exclusions>\n        <exclusion lang="zh">被保险人的雇员遭受的人身伤害（属雇主责任）</exclusion>\n        <exclusion lang="zh">产品责任、职业责任</exclusion>\n        <exclusion lang="zh">机动车辆造成的损害</exclusion>\n        <exclusion lang="zh">被保险人的故意行为、罚款、罚金及惩罚性赔款</exclusion>\n        <exclusion lang="zh">污染责任（突发意外污染除外）</exclusion>\n      </exclusions>\n    </coverage>\n    <coverage code="EMPLOYER" basis="limit" mandatory="false">\n      <name lang="zh">雇主责任（每人死亡伤残赔偿限额）</name>\n      <name lang="en">Employer''s liability (limit per employee for death and disability)</name>\n      <amount>\n        <option>300000</option>\n        <option>500000</option>\n        <option>800000</option>\n        <option>1000000</option>\n      </amount>\n      <exclusions>\n        <exclusion lang="zh">雇员的故意自伤、自杀、斗殴、醉酒或吸毒</exclusion>\n        <exclusion lang="zh">职业病以外的疾病</exclusion>\n        <exclusion lang="zh">雇员在工作时间和场所以外的伤害（上下班途中除外）</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="liability" rounding="half-up">\n    <table role="public-rate" name="liability-public-rate"/>\n    <table role="employer-rate" name="liability-employer-rate"/>\n    <table role="limit-factor" name="liability-limit-factor"/>\n    <table role="deductible-factor" name="liability-deductible-factor"/>\n    <parameter name="minimum-premium" value="500.00"/>\n    <parameter name="aggregate-multiple" value="3"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-LIAB-HAZ" fact="industry-hazard-class" test="in" value="5" action="refer">\n      <reason lang="zh">高危行业（危险等级5）需人工核保</reason>\n      <reason lang="en">Hazard class 5 industries need an underwriter</reason>\n    </rule>\n    <rule code="UW-LIAB-LIMIT" fact="sum-insured" test="above" value="1000000" action="refer">\n      <reason lang="zh">公众责任每次事故限额超过100万元需人工核保</reason>\n      <reason lang="en">Public liability limit above 1,000,000 yuan per occurrence</reason>\n    </rule>\n    <rule code="UW-LIAB-SIZE" fact="employees" test="above" value="300" action="decline">\n      <reason lang="zh">雇员超过300人，不属于本产品服务的小微企业</reason>\n      <reason lang="en">More than 300 employees: outside this small-business product</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单</name><name lang="en">Application form</name>\n      </document>\n      <document code="business-licence" reducedList="true">\n        <name lang="zh">营业执照</name><name lang="en">Business licence</name>\n      </document>\n      <document code="employee-list" reducedList="true">\n        <name lang="zh">雇员名单（投保雇主责任时）</name><name lang="en">List of employees (with employer''s liability)</name>\n      </document>\n      <document code="financial-statement" reducedList="false">\n        <name lang="zh">上年度财务报表或纳税证明</name><name lang="en">Last year''s accounts or tax certificate</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="15" paymentDays="7"/>\n    <smallClaim threshold="5000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">索赔申请书</name><name lang="en">Claim form</name></document>\n      <document code="incident-report"><name lang="zh">事故经过说明</name><name lang="en">Account of the incident</name></document>\n      <document code="third-party-claim"><name lang="zh">第三者索赔函</name><name lang="en">Third party''s letter of claim</name></document>\n      <document code="medical-records"><name lang="zh">病历、诊断证明及医疗费用票据</name><name lang="en">Medical records, diagnosis and medical bills</name></document>\n      <document code="labour-contract"><name lang="zh">劳动合同或用工证明</name><name lang="en">Labour contract or proof of employment</name></document>\n      <document code="injury-determination"><name lang="zh">工伤认定书或伤残鉴定</name><name lang="en">Work injury determination or disability assessment</name></document>\n      <document code="settlement-agreement"><name lang="zh">和解协议或法院判决书</name><name lang="en">Settlement agreement or court judgment</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="public-bodily-injury" coverage="PUBLIC">\n      <name lang="zh">第三者人身伤害</name><name lang="en">Third-party bodily injury</name>\n      <requires>claim-form</requires><requires>incident-report</requires><requires>third-party-claim</requires>\n      <requires>medical-records</requires><requires>settlement-agreement</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="public-property-damage" coverage="PUBLIC">\n      <name lang="zh">第三者财产损失</name><name lang="en">Third-party property damage</name>\n      <requires>claim-form</requires><requires>incident-report</requires><requires>third-party-claim</requires>\n      <requires>settlement-agreement</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="employee-injury" coverage="EMPLOYER">\n      <name lang="zh">雇员工伤</name><name lang="en">Employee injury at work</name>\n      <requires>claim-form</requires><requires>incident-report</requires><requires>labour-contract</requires>\n      <requires>medical-records</requires><requires>injury-determination</requires><requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(5,'PH-PENS-FLEX',1,'pension','灵活就业人员专属商业养老保险','Exclusive Commercial Pension for Flexible Workers','普惠保险事业部（小微企业保险中心）养老保险团队','2026-01-01',NULL,'{"cancellation":{"refund":"account-value"},"claims":{"claimTypes":[{"code":"annuity-start","coverage":"ACCOUNT","name":{"en":"Start of annuity payments","zh":"开始领取养老年金"},"requiredDocuments":["claim-form","identity-document","bank-account"]},{"code":"death-before-retirement","coverage":"ACCOUNT","name":{"en":"Death before retirement","zh":"领取前身故"},"requiredDocuments":["claim-form","death-certificate","beneficiary-proof","bank-account"]}],"decisionDays":10,"documents":[{"code":"claim-form","name":{"en":"Benefit claim form","zh":"领取或给付申请书"},"reducedList":true},{"code":"identity-document","name":{"en":"Identity card","zh":"身份证"},"reducedList":true},{"code":"death-certificate","name":{"en":"Death certificate","zh":"死亡证明"},"reducedList":true},{"code":"beneficiary-proof","name":{"en":"Beneficiary''s identity and relationship","zh":"受益人身份及关系证明"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":5,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"3000.00"},"code":"PH-PENS-FLEX","coverages":[{"amount":{"max":"5000000.00","min":"0.00","options":[]},"basis":"benefit","code":"ACCOUNT","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"领取前身故按账户价值给付，不另行给付身故保险金"}],"mandatory":true,"name":{"en":"Pension annuity bought by the account value, 10 years guaranteed","zh":"养老年金（账户价值转换，保证领取10年）"}}],"department":"普惠保险事业部（小微企业保险中心）养老保险团队","effectiveFrom":"2026-01-01","line":"pension","name":{"en":"Exclusive Commercial Pension for Flexible Workers","zh":"灵活就业人员专属商业养老保险"},"paymentFrequencies":["monthly","annual","flexible"],"policyTerm":{"max":42,"min":5,"options":[],"unit":"year"},"rating":{"module":"pension","parameters":{"annual-contribution-cap":"60000.00","annuity-interest-rate":"0.0175","annuity-mortality-female":"CL6","annuity-mortality-male":"CL5","contribution-charge":"0.01","earliest-retirement-age":"60","guaranteed-years":"10","minimum-contribution":"100.00"},"rounding":"half-up","tables":{"annuity-mortality":"mortality-cl2010-2013","crediting-rate":"pension-crediting-rate"}},"segments":["flexible-worker","individual-business","business-owner","employee"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form","zh":"投保单"},"reducedList":true},{"code":"identity-document","name":{"en":"Identity card","zh":"身份证"},"reducedList":true},{"code":"flexible-work-proof","name":{"en":"Proof of flexible work (platform records or registration)","zh":"灵活就业证明（平台接单记录或灵活就业登记）"},"reducedList":true}],"rules":[{"action":"decline","code":"UW-PENS-AGE-LOW","fact":"insured-age","reason":{"en":"Entry age must be at least 18","zh":"投保年龄须满18周岁"},"test":"below","value":"18"},{"action":"decline","code":"UW-PENS-AGE-HIGH","fact":"insured-age","reason":{"en":"Entry age is at most 55 (at least five years of accumulation)","zh":"投保年龄不超过55周岁（积累期至少5年）"},"test":"above","value":"55"}]},"version":1}','1335467f179f3d83c6ce1ba4fda1e1cee76926a2dc69493cd34ed29237dfeae0','products/pension-flex.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Exclusive commercial pension for flexible workers (灵活就业人员专属商业养老保险).\n     Contributions go to a guaranteed account credited at the declared rate; at retirement the\n     account buys a monthly life annuity with 10 years guaranteed, priced from CL5/CL6.\n     Rates and charges are illustrative, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-PENS-FLEX</code>\n  <version>1</version>\n  <name lang="zh">灵活就业人员专属商业养老保险</name>\n  <name lang="en">Exclusive Commercial Pension for Flexible Workers</name>\n  <line>pension</line>\n  <department>普惠保险事业部（小微企业保险中心）养老保险团队</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>flexible-worker</segment>\n    <segment>individual-business</segment>\n    <segment>business-owner</segment>\n    <segment>employee</segment>\n  </segments>\n  <policyTerm unit="year" min="5" max="42"/>\n  <premiumPayment>\n    <frequency>monthly</frequency>\n    <frequency>annual</frequency>\n    <frequency>flexible</frequency>\n  </premiumPayment>\n  <cancellation refund="account-value"/>\n  <coverages>\n    <coverage code="ACCOUNT" basis="benefit" mandatory="true">\n      <name lang="zh">养老年金（账户价值转换，保证领取10年）</name>\n      <name lang="en">Pension annuity bought by the account value, 10 years guaranteed</name>\n      <amount min="0" max="5000000"/>\n      <exclusions>\n        <exclusion lang="zh">领取前身故按账户价值给付，不另行给付身故保险金</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="pension" rounding="half-up">\n    <table role="crediting-rate" name="pension-crediting-rate"/>\n    <table role="annuity-mortality" name="mortality-cl2010-2013"/>\n    <parameter name="annuity-mortality-male" value="CL5"/>\n    <parameter name="annuity-mortality-female" value="CL6"/>\n    <parameter name="annuity-interest-rate" value="0.0175"/>\n    <parameter name="guaranteed-years" value="10"/>\n    <parameter name="annual-contribution-cap" value="60000.00"/>\n    <parameter name="minimum-contribution" value="100.00"/>\n    <parameter name="contribution-charge" value="0.01"/>\n    <parameter name="earliest-retirement-age" value="60"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-PENS-AGE-LOW" fact="insured-age" test="below" value="18" action="decline">\n      <reason lang="zh">投保年龄须满18周岁</reason>\n      <reason lang="en">Entry age must be at least 18</reason>\n    </rule>\n    <rule code="UW-PENS-AGE-HIGH" fact="insured-age" test="above" value="55" action="decline">\n      <reason lang="zh">投保年龄不超过55周岁（积累期至少5年）</reason>\n      <reason lang="en">Entry age is at most 55 (at least five years of accumulation)</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单</name><name lang="en">Application form</name>\n      </document>\n      <document code="identity-document" reducedList="true">\n        <name lang="zh">身份证</name><name lang="en">Identity card</name>\n      </document>\n      <document code="flexible-work-proof" reducedList="true">\n        <name lang="zh">灵活就业证明（平台接单记录或灵活就业登记）</name><name lang="en">Proof of flexible work (platform records or registration)</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="10" paymentDays="5"/>\n    <smallClaim threshold="3000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">领取或给付申请书</name><name lang="en">Benefit claim form</name></document>\n      <document code="identity-document"><name lang="zh">身份证</name><name lang="en">Identity card</name></document>\n      <document code="death-certificate"><name lang="zh">死亡证明</name><name lang="en">Death certificate</name></document>\n      <document code="beneficiary-proof"><name lang="zh">受益人身份及关系证明</name><name lang="en">Beneficiary''s identity and relationship</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="annuity-start" coverage="ACCOUNT">\n      <name lang="zh">开始领取养老年金</name><name lang="en">Start of annuity payments</name>\n      <requires>claim-form</requires><requires>identity-document</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="death-before-retirement" coverage="ACCOUNT">\n      <name lang="zh">领取前身故</name><name lang="en">Death before retirement</name>\n      <requires>claim-form</requires><requires>death-certificate</requires><requires>beneficiary-proof</requires>\n      <requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(6,'PH-PROP-SHOP',1,'property','小微商铺及作坊财产综合保险','Shop and Small Workshop Property Insurance','普惠保险事业部（小微企业保险中心）','2026-01-01',NULL,'{"cancellation":{"refund":"short-rate","table":"short-rate-annual"},"claims":{"claimTypes":[{"code":"fire","coverage":"PROPERTY","name":{"en":"Fire and explosion","zh":"火灾、爆炸"},"requiredDocuments":["claim-form","loss-list","loss-photos","fire-report","repair-invoice","bank-account"]},{"code":"natural-peril","coverage":"PROPERTY","name":{"en":"Rainstorm, flood, typhoon and other natural perils","zh":"暴雨、洪水、台风等自然灾害"},"requiredDocuments":["claim-form","loss-list","loss-photos","weather-certificate","repair-invoice","bank-account"]},{"code":"water-damage","coverage":"PROPERTY","name":{"en":"Burst pipes and tank leakage","zh":"水管爆裂、水箱渗漏"},"requiredDocuments":["claim-form","loss-list","loss-photos","repair-invoice","bank-account"]},{"code":"theft","coverage":"THEFT","name":{"en":"Burglary and robbery","zh":"盗窃、抢劫"},"requiredDocuments":["claim-form","loss-list","police-report","bank-account"]}],"decisionDays":10,"documents":[{"code":"claim-form","name":{"en":"Claim form","zh":"索赔申请书"},"reducedList":true},{"code":"loss-list","name":{"en":"List of lost or damaged items","zh":"损失清单"},"reducedList":true},{"code":"loss-photos","name":{"en":"Photos of the scene and damage","zh":"现场及受损财产照片"},"reducedList":true},{"code":"fire-report","name":{"en":"Fire brigade incident finding","zh":"消防部门火灾事故认定书"},"reducedList":true},{"code":"police-report","name":{"en":"Police report receipt","zh":"公安机关报案回执"},"reducedList":true},{"code":"weather-certificate","name":{"en":"Weather service certificate","zh":"气象证明"},"reducedList":true},{"code":"repair-invoice","name":{"en":"Repair or replacement invoice","zh":"维修或重置发票"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":5,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"5000.00"},"code":"PH-PROP-SHOP","coverages":[{"amount":{"max":"5000000.00","min":"50000.00","options":[],"step":"10000.00"},"basis":"sum-insured","code":"PROPERTY","deductible":{"options":["500.00","1000.00","2000.00","5000.00"]},"exclusions":[{"lang":"zh","text":"战争、敌对行为、军事行动、武装冲突、恐怖活动"},{"lang":"zh","text":"核辐射、核爆炸、核污染及其他放射性污染"},{"lang":"zh","text":"被保险人及其代表的故意行为或重大过失"},{"lang":"zh","text":"存货的自然损耗、霉烂变质、盘亏"},{"lang":"zh","text":"地震及其次生灾害（可附加）"}],"mandatory":true,"name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"}},{"amount":{"options":["10000.00","20000.00","50000.00"]},"basis":"sum-insured","code":"THEFT","deductible":{"amount":"500.00","options":[],"percentOfLoss":"10"},"exclusions":[{"lang":"zh","text":"无明显撬窃痕迹的盗窃"},{"lang":"zh","text":"现金、票据、金银首饰"},{"lang":"zh","text":"营业场所内员工的监守自盗"}],"mandatory":false,"name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"}}],"department":"普惠保险事业部（小微企业保险中心）","effectiveFrom":"2026-01-01","line":"property","name":{"en":"Shop and Small Workshop Property Insurance","zh":"小微商铺及作坊财产综合保险"},"paymentFrequencies":["annual","quarterly"],"policyTerm":{"options":[12],"unit":"month"},"rating":{"module":"property","parameters":{"minimum-premium":"300.00","theft-rate":"0.012"},"rounding":"half-up","tables":{"base-rate":"property-base-rate","deductible-factor":"property-deductible-factor","fire-protection-factor":"property-fire-protection-factor","loss-history-factor":"property-loss-history-factor"}},"segments":["small-enterprise","micro-enterprise","individual-business"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form","zh":"投保单"},"reducedList":true},{"code":"business-licence","name":{"en":"Business licence","zh":"营业执照"},"reducedList":true},{"code":"property-schedule","name":{"en":"Schedule of property","zh":"财产清单"},"reducedList":false},{"code":"premises-photos","name":{"en":"Photos of the premises","zh":"经营场所照片"},"reducedList":false},{"code":"fire-inspection","name":{"en":"Fire safety inspection certificate","zh":"消防安全检查合格证明"},"reducedList":false}],"rules":[{"action":"refer","code":"UW-PROP-SI","fact":"sum-insured","reason":{"en":"Sum insured above the automatic limit of 3,000,000 yuan","zh":"保险金额超过300万元自动核保上限，需人工核保"},"test":"above","value":"3000000"},{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in","value":"class-4"},{"action":"decline","code":"UW-PROP-HAZ","fact":"occupancy","reason":{"en":"Fireworks storage is outside appetite","zh":"烟花爆竹储存场所不在承保范围内"},"test":"in","value":"fireworks-storage"},{"action":"refer","code":"UW-PROP-LOSS","fact":"claims-last-3-years","reason":{"en":"More than three claims in the last three years","zh":"近三年出险超过3次，需人工核保"},"test":"above","value":"3"}]},"version":1}','50583d2b4f76b2fa6fce2a8f0e359cd5468bb8f71dd4f5068da30764a0b057ef','products/property-shop.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Property cover for shops, restaurants and small workshops (小微商铺及作坊财产综合险).\n     Terms and figures are illustrative of the Chinese market, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-PROP-SHOP</code>\n  <version>1</version>\n  <name lang="zh">小微商铺及作坊财产综合保险</name>\n  <name lang="en">Shop and Small Workshop Property Insurance</name>\n  <line>property</line>\n  <department>普惠保险事业部（小微企业保险中心）</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>small-enterprise</segment>\n    <segment>micro-enterprise</segment>\n    <segment>individual-business</segment>\n  </segments>\n  <policyTerm unit="month">\n    <option>12</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n    <frequency>quarterly</frequency>\n  </premiumPayment>\n  <cancellation refund="short-rate" table="short-rate-annual"/>\n  <coverages>\n    <coverage code="PROPERTY" basis="sum-insured" mandatory="true">\n      <name lang="zh">财产损失（房屋装修、机器设备、存货）</name>\n      <name lang="en">Material damage to fit-out, equipment and stock</name>\n      <amount min="50000" max="5000000" step="10000"/>\n      <deductible>\n        <option>500</option>\n        <option>1000</option>\n        <option>2000</option>\n        <option>5000</option>\n      </deductible>\n      <exclusions>\n        <exclusion lang="zh">战争、敌对行为、军事行动、武装冲突、恐怖活动</exclusion>\n        <exclusion lang="zh">核辐射、核爆炸、核污染及其他放射性污染</exclusion>\n        <exclusion lang="zh">被保险人及其代表的故意行为或重大过失</exclusion>\n        <exclusion lang="zh">存货的自然损耗、霉烂变质、盘亏</exclusion>\n        <exclusion lang="zh">地震及其次生灾害（可附加）</exclusion>\n      </exclusions>\n    </coverage>\n    <coverage code="THEFT" basis="sum-insured" mandatory="false">\n      <name lang="zh">盗抢损失（附加）</name>\n      <name lang="en">Burglary and robbery (extension)</name>\n      <amount>\n        <option>10000</option>\n        <option>20000</option>\n        <option>50000</option>\n      </amount>\n      <deductible percentOfLoss="10" amount="500"/>\n      <exclusions>\n        <exclusion lang="zh">无明显撬窃痕迹的盗窃</exclusion>\n        <exclusion lang="zh">现金、票据、金银首饰</exclusion>\n        <exclusion lang="zh">营业场所内员工的监守自盗</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="property" rounding="half-up">\n    <table role="base-rate" name="property-base-rate"/>\n    <table role="fire-protection-factor" name="property-fire-protection-factor"/>\n    <table role="deductible-factor" name="property-deductible-factor"/>\n    <table role="loss-history-factor" name="property-loss-history-factor"/>\n    <parameter name="minimum-premium" value="300.00"/>\n    <parameter name="theft-rate" value="0.012"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-PROP-SI" fact="sum-insured" test="above" value="3000000" action="refer">\n      <reason lang="zh">保险金额超过300万元自动核保上限，需人工核保</reason>\n      <reason lang="en">Sum insured above the automatic limit of 3,000,000 yuan</reason>\n    </rule>\n    <rule code="UW-PROP-CONSTR" fact="construction" test="in" value="class-4" action="refer">\n      <reason lang="zh">简易结构（彩钢板、临时建筑）需人工核保</reason>\n      <reason lang="en">Light or temporary construction needs an underwriter</reason>\n    </rule>\n    <rule code="UW-PROP-HAZ" fact="occupancy" test="in" value="fireworks-storage" action="decline">\n      <reason lang="zh">烟花爆竹储存场所不在承保范围内</reason>\n      <reason lang="en">Fireworks storage is outside appetite</reason>\n    </rule>\n    <rule code="UW-PROP-LOSS" fact="claims-last-3-years" test="above" value="3" action="refer">\n      <reason lang="zh">近三年出险超过3次，需人工核保</reason>\n      <reason lang="en">More than three claims in the last three years</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单</name><name lang="en">Application form</name>\n      </document>\n      <document code="business-licence" reducedList="true">\n        <name lang="zh">营业执照</name><name lang="en">Business licence</name>\n      </document>\n      <document code="property-schedule" reducedList="false">\n        <name lang="zh">财产清单</name><name lang="en">Schedule of property</name>\n      </document>\n      <document code="premises-photos" reducedList="false">\n        <name lang="zh">经营场所照片</name><name lang="en">Photos of the premises</name>\n      </document>\n      <document code="fire-inspection" reducedList="false">\n        <name lang="zh">消防安全检查合格证明</name><name lang="en">Fire safety inspection certificate</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="10" paymentDays="5"/>\n    <smallClaim threshold="5000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">索赔申请书</name><name lang="en">Claim form</name></document>\n      <document code="loss-list"><name lang="zh">损失清单</name><name lang="en">List of lost or damaged items</name></document>\n      <document code="loss-photos"><name lang="zh">现场及受损财产照片</name><name lang="en">Photos of the scene and damage</name></document>\n      <document code="fire-report"><name lang="zh">消防部门火灾事故认定书</name><name lang="en">Fire brigade incident finding</name></document>\n      <document code="police-report"><name lang="zh">公安机关报案回执</name><name lang="en">Police report receipt</name></document>\n      <document code="weather-certificate"><name lang="zh">气象证明</name><name lang="en">Weather service certificate</name></document>\n      <document code="repair-invoice"><name lang="zh">维修或重置发票</name><name lang="en">Repair or replacement invoice</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="fire" coverage="PROPERTY">\n      <name lang="zh">火灾、爆炸</name><name lang="en">Fire and explosion</name>\n      <requires>claim-form</requires><requires>loss-list</requires><requires>loss-photos</requires>\n      <requires>fire-report</requires><requires>repair-invoice</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="natural-peril" coverage="PROPERTY">\n      <name lang="zh">暴雨、洪水、台风等自然灾害</name><name lang="en">Rainstorm, flood, typhoon and other natural perils</name>\n      <requires>claim-form</requires><requires>loss-list</requires><requires>loss-photos</requires>\n      <requires>weather-certificate</requires><requires>repair-invoice</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="water-damage" coverage="PROPERTY">\n      <name lang="zh">水管爆裂、水箱渗漏</name><name lang="en">Burst pipes and tank leakage</name>\n      <requires>claim-form</requires><requires>loss-list</requires><requires>loss-photos</requires>\n      <requires>repair-invoice</requires><requires>bank-account</requires>\n    </claimType>\n    <claimType code="theft" coverage="THEFT">\n      <name lang="zh">盗窃、抢劫</name><name lang="en">Burglary and robbery</name>\n      <requires>claim-form</requires><requires>loss-list</requires><requires>police-report</requires>\n      <requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
INSERT INTO product_version VALUES(7,'PH-TERM-KEY',1,'term-life','小微企业主及关键员工定期寿险','Term Life for Small-Firm Owners and Key Employees','普惠保险事业部（小微企业保险中心）','2026-01-01',NULL,'{"cancellation":{"refund":"pro-rata"},"claims":{"claimTypes":[{"code":"death","coverage":"DEATH","name":{"en":"Death","zh":"身故"},"requiredDocuments":["claim-form","death-certificate","beneficiary-proof","bank-account"]},{"code":"total-disability","coverage":"DEATH","name":{"en":"Total disability","zh":"全残"},"requiredDocuments":["claim-form","disability-assessment","bank-account"]}],"decisionDays":10,"documents":[{"code":"claim-form","name":{"en":"Claim form","zh":"理赔申请书"},"reducedList":true},{"code":"death-certificate","name":{"en":"Death certificate and household deregistration","zh":"死亡证明及户籍注销证明"},"reducedList":true},{"code":"disability-assessment","name":{"en":"Total disability assessment","zh":"全残鉴定书"},"reducedList":true},{"code":"beneficiary-proof","name":{"en":"Beneficiary''s identity and relationship","zh":"受益人身份及关系证明"},"reducedList":true},{"code":"bank-account","name":{"en":"Payee bank account","zh":"收款账户信息"},"reducedList":true}],"paymentDays":5,"smallClaimCloseDays":5,"smallClaimNoticeWorkingDays":1,"smallClaimThreshold":"3000.00"},"code":"PH-TERM-KEY","coverages":[{"amount":{"max":"3000000.00","min":"100000.00","options":[],"step":"10000.00"},"basis":"benefit","code":"DEATH","deductible":{"options":[]},"exclusions":[{"lang":"zh","text":"投保人对被保险人的故意杀害、故意伤害"},{"lang":"zh","text":"被保险人故意犯罪或抗拒依法采取的刑事强制措施"},{"lang":"zh","text":"合同成立或复效之日起2年内自杀（无民事行为能力人除外）"},{"lang":"zh","text":"战争、军事冲突、暴乱或武装叛乱"}],"mandatory":true,"name":{"en":"Death or total disability benefit","zh":"身故或全残保险金"},"waitingPeriodDays":90}],"department":"普惠保险事业部（小微企业保险中心）","effectiveFrom":"2026-01-01","line":"term-life","name":{"en":"Term Life for Small-Firm Owners and Key Employees","zh":"小微企业主及关键员工定期寿险"},"paymentFrequencies":["annual"],"policyTerm":{"options":[10,15,20,30],"unit":"year"},"rating":{"module":"term-life","parameters":{"interest-rate":"0.020","mortality-female":"CL2","mortality-male":"CL1","policy-fee":"30.00","proportional-loading":"0.25"},"rounding":"half-up","tables":{"mortality":"mortality-cl2010-2013"}},"segments":["business-owner","employee","individual-business","flexible-worker"],"underwriting":{"documents":[{"code":"application-form","name":{"en":"Application form with health declaration","zh":"投保单及健康告知"},"reducedList":true},{"code":"identity-document","name":{"en":"Identity cards of policyholder and insured","zh":"投保人及被保险人身份证"},"reducedList":true},{"code":"insurable-interest","name":{"en":"Proof of insurable interest (employment or shareholding)","zh":"保险利益证明（劳动合同或股东证明）"},"reducedList":true},{"code":"income-proof","name":{"en":"Proof of income","zh":"收入证明"},"reducedList":false}],"rules":[{"action":"decline","code":"UW-TERM-AGE-LOW","fact":"insured-age","reason":{"en":"Entry age must be at least 18","zh":"投保年龄须满18周岁"},"test":"below","value":"18"},{"action":"decline","code":"UW-TERM-AGE-HIGH","fact":"insured-age","reason":{"en":"Entry age is at most 60","zh":"投保年龄不超过60周岁"},"test":"above","value":"60"},{"action":"decline","code":"UW-TERM-EXPIRY","fact":"expiry-age","reason":{"en":"The insured person may be at most 70 when the term ends","zh":"保险期满时被保险人年龄不得超过70周岁"},"test":"above","value":"70"},{"action":"refer","code":"UW-TERM-SI","fact":"sum-insured","reason":{"en":"Sum insured above 1,000,000 yuan needs medical and financial underwriting","zh":"保额超过100万元需体检及财务核保"},"test":"above","value":"1000000"},{"action":"refer","code":"UW-TERM-DECL","fact":"health-declaration","reason":{"en":"Health declaration discloses a condition","zh":"健康告知有异常，需人工核保"},"test":"in","value":"abnormal"}]},"version":1}','76989f566b54c439f64e2b6f046c49254857af601cad11d5bf5e1e47648c1bba','products/term-life-key.xml',replace('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Level term life for small-firm owners and key employees (小微企业主及关键员工定期寿险).\n     Priced from the China Life Insurance Mortality Table 2010-2013 (non-annuity, CL1/CL2).\n     The pricing interest rate of 2.0% is the cap for ordinary life products since 2025-09-01;\n     loadings and fee are illustrative, not a filed product. -->\n<product xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="puhui-product.xsd" schemaVersion="1">\n  <code>PH-TERM-KEY</code>\n  <version>1</version>\n  <name lang="zh">小微企业主及关键员工定期寿险</name>\n  <name lang="en">Term Life for Small-Firm Owners and Key Employees</name>\n  <line>term-life</line>\n  <department>普惠保险事业部（小微企业保险中心）</department>\n  <effectiveFrom>2026-01-01</effectiveFrom>\n  <segments>\n    <segment>business-owner</segment>\n    <segment>employee</segment>\n    <segment>individual-business</segment>\n    <segment>flexible-worker</segment>\n  </segments>\n  <policyTerm unit="year">\n    <option>10</option>\n    <option>15</option>\n    <option>20</option>\n    <option>30</option>\n  </policyTerm>\n  <premiumPayment>\n    <frequency>annual</frequency>\n  </premiumPayment>\n  <cancellation refund="pro-rata"/>\n  <coverages>\n    <coverage code="DEATH" basis="benefit" mandatory="true">\n      <name lang="zh">身故或全残保险金</name>\n      <name lang="en">Death or total disability benefit</name>\n      <amount min="100000" max="3000000" step="10000"/>\n      <waitingPeriodDays>90</waitingPeriodDays>\n      <exclusions>\n        <exclusion lang="zh">投保人对被保险人的故意杀害、故意伤害</exclusion>\n        <exclusion lang="zh">被保险人故意犯罪或抗拒依法采取的刑事强制措施</exclusion>\n        <exclusion lang="zh">合同成立或复效之日起2年内自杀（无民事行为能力人除外）</exclusion>\n        <exclusion lang="zh">战争、军事冲突、暴乱或武装叛乱</exclusion>\n      </exclusions>\n    </coverage>\n  </coverages>\n  <rating module="term-life" rounding="half-up">\n    <table role="mortality" name="mortality-cl2010-2013"/>\n    <parameter name="mortality-male" value="CL1"/>\n    <parameter name="mortality-female" value="CL2"/>\n    <parameter name="interest-rate" value="0.020"/>\n    <parameter name="proportional-loading" value="0.25"/>\n    <parameter name="policy-fee" value="30.00"/>\n  </rating>\n  <underwriting>\n    <rule code="UW-TERM-AGE-LOW" fact="insured-age" test="below" value="18" action="decline">\n      <reason lang="zh">投保年龄须满18周岁</reason>\n      <reason lang="en">Entry age must be at least 18</reason>\n    </rule>\n    <rule code="UW-TERM-AGE-HIGH" fact="insured-age" test="above" value="60" action="decline">\n      <reason lang="zh">投保年龄不超过60周岁</reason>\n      <reason lang="en">Entry age is at most 60</reason>\n    </rule>\n    <rule code="UW-TERM-EXPIRY" fact="expiry-age" test="above" value="70" action="decline">\n      <reason lang="zh">保险期满时被保险人年龄不得超过70周岁</reason>\n      <reason lang="en">The insured person may be at most 70 when the term ends</reason>\n    </rule>\n    <rule code="UW-TERM-SI" fact="sum-insured" test="above" value="1000000" action="refer">\n      <reason lang="zh">保额超过100万元需体检及财务核保</reason>\n      <reason lang="en">Sum insured above 1,000,000 yuan needs medical and financial underwriting</reason>\n    </rule>\n    <rule code="UW-TERM-DECL" fact="health-declaration" test="in" value="abnormal" action="refer">\n      <reason lang="zh">健康告知有异常，需人工核保</reason>\n      <reason lang="en">Health declaration discloses a condition</reason>\n    </rule>\n    <documents>\n      <document code="application-form" reducedList="true">\n        <name lang="zh">投保单及健康告知</name><name lang="en">Application form with health declaration</name>\n      </document>\n      <document code="identity-document" reducedList="true">\n        <name lang="zh">投保人及被保险人身份证</name><name lang="en">Identity cards of policyholder and insured</name>\n      </document>\n      <document code="insurable-interest" reducedList="true">\n        <name lang="zh">保险利益证明（劳动合同或股东证明）</name><name lang="en">Proof of insurable interest (employment or shareholding)</name>\n      </document>\n      <document code="income-proof" reducedList="false">\n        <name lang="zh">收入证明</name><name lang="en">Proof of income</name>\n      </document>\n    </documents>\n  </underwriting>\n  <claims>\n    <serviceLevel decisionDays="10" paymentDays="5"/>\n    <smallClaim threshold="3000" noticeWorkingDays="1" closeDays="5"/>\n    <documents>\n      <document code="claim-form"><name lang="zh">理赔申请书</name><name lang="en">Claim form</name></document>\n      <document code="death-certificate"><name lang="zh">死亡证明及户籍注销证明</name><name lang="en">Death certificate and household deregistration</name></document>\n      <document code="disability-assessment"><name lang="zh">全残鉴定书</name><name lang="en">Total disability assessment</name></document>\n      <document code="beneficiary-proof"><name lang="zh">受益人身份及关系证明</name><name lang="en">Beneficiary''s identity and relationship</name></document>\n      <document code="bank-account"><name lang="zh">收款账户信息</name><name lang="en">Payee bank account</name></document>\n    </documents>\n    <claimType code="death" coverage="DEATH">\n      <name lang="zh">身故</name><name lang="en">Death</name>\n      <requires>claim-form</requires><requires>death-certificate</requires><requires>beneficiary-proof</requires>\n      <requires>bank-account</requires>\n    </claimType>\n    <claimType code="total-disability" coverage="DEATH">\n      <name lang="zh">全残</name><name lang="en">Total disability</name>\n      <requires>claim-form</requires><requires>disability-assessment</requires><requires>bank-account</requires>\n    </claimType>\n  </claims>\n</product>\n','\n',char(10)),1795515363);
CREATE TABLE rate_table_version (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    effective_from TEXT,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    source TEXT NOT NULL,
    dimensions TEXT NOT NULL,
    value_column TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    source_path TEXT NOT NULL,
    header_line INTEGER NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count > 0),
    loaded_at INTEGER NOT NULL
);
INSERT INTO rate_table_version VALUES(1,'accident-class-rate','2026-01-01','意外伤害职业类别费率 / Accident rates by occupation class','per mille of the death and disability benefit per person per year',1,'Illustrative. Classes follow the insurer''s occupation table: 1 office staff, 2 sales and drivers of cars, 3 light manual work, 4 loaders and builders, 5 heavy machinery and heights, 6 mining and logging; the uninsurable class (underground coal mining, sea crews) has no rate and is declined.','[{"kind":"key","name":"class"}]','rate-per-mille','a0321adeecd1f201c4e4546a34951a45759a88bc24c252196619fdda23b5d384','rates/accident-class-rate.csv',7,6,1795515363);
INSERT INTO rate_table_version VALUES(2,'accident-group-discount','2026-01-01','团体规模折扣 / Group size discount','share of the premium taken off',1,'Illustrative.','[{"kind":"range","name":"insured-persons"}]','discount','c31d88132297655214797675075bbfdca78af5f359540b94872ba22f86aa8c44','rates/accident-group-discount.csv',7,4,1795515363);
INSERT INTO rate_table_version VALUES(3,'accident-medical-rate','2026-01-01','意外医疗费率 / Accident medical rates by occupation class','rate per yuan of the medical sum insured per person per year',1,'Illustrative.','[{"kind":"key","name":"class"}]','rate','2465cecb57353cfef8d11bb1ef4cee7b09a85b33f175d77c4f1e99eede7d0cef','rates/accident-medical-rate.csv',7,6,1795515363);
INSERT INTO rate_table_version VALUES(4,'export-credit-rate','2026-01-01','短期出口信用保险费率 / Short-term export credit rates','rate per yuan of declared insured turnover (0.0016 = 0.16%)',1,'Illustrative. Country class on the OECD scale 0-7, HI for high-income countries the OECD does not classify; terms DP documents against payment, DA documents against acceptance, OA open account; credit period in days.','[{"kind":"key","name":"country-class"},{"kind":"key","name":"terms"},{"kind":"range","name":"credit-days"}]','rate','b0ff26819be6dad7262493bfdc7cc318740e043651bf78786eeb0a474f477c01','rates/export-credit-rate.csv',7,135,1795515363);
INSERT INTO rate_table_version VALUES(5,'health-premium','2026-01-01','医疗保险年缴保费 / Annual medical premium by age, sex and plan','yuan per insured person per year',1,'Illustrative, in the range of Chinese million-yuan medical products. Plans: basic 1,000,000, standard 2,000,000, premium 3,000,000 yuan limits. Ages 61-65 are for renewals only.','[{"kind":"range","name":"age"},{"kind":"key","name":"sex"},{"kind":"key","name":"plan"}]','premium','1d5aa41ce19c9c51d328248c5e71a6ae132a2f6a6c4bad914dfff473db159939','rates/health-premium.csv',7,54,1795515363);
INSERT INTO rate_table_version VALUES(6,'liability-deductible-factor','2026-01-01','免赔额系数 / Deductible factor','factor; deductible in yuan per occurrence',1,'Illustrative.','[{"kind":"range","name":"deductible"}]','factor','9d43dd78cbc1282641928745cd0402f05441cee465f800adcb8c9f39ce193dc4','rates/liability-deductible-factor.csv',7,4,1795515363);
INSERT INTO rate_table_version VALUES(7,'liability-employer-rate','2026-01-01','雇主责任费率 / Employer''s liability premium per employee','yuan per employee per year at a limit of 500,000 per person',1,'Illustrative; same hazard classes as liability-public-rate.','[{"kind":"key","name":"hazard"}]','premium','6b941f7ae05a2c975b88dc9c511e4efffefcf2d553d5910ac7dd8a1e18c1bbed','rates/liability-employer-rate.csv',7,5,1795515363);
INSERT INTO rate_table_version VALUES(8,'liability-limit-factor','2026-01-01','责任限额系数 / Limit factor','factor relative to the base limit (public 1,000,000; employer 500,000)',1,'Illustrative.','[{"kind":"key","name":"coverage"},{"kind":"range","name":"limit"}]','factor','cc1118a37b34ddd5d0e6616ec7fdb68f17c687f80be45b580fd3240ac64e6889','rates/liability-limit-factor.csv',7,8,1795515363);
INSERT INTO rate_table_version VALUES(9,'liability-public-rate','2026-01-01','公众责任费率 / Public liability rate by industry hazard class','rate per yuan of annual operating revenue at a limit of 1,000,000 per occurrence',1,'Illustrative. Hazard classes: 1 offices and services, 2 retail, 3 catering and hospitality, 4 light manufacturing and repair, 5 construction trades and entertainment venues.','[{"kind":"key","name":"hazard"}]','rate','fae4938540a1d38e1e2f6b02c4720ed784fdb1e6d1c38659eee6769cf230ec3c','rates/liability-public-rate.csv',7,5,1795515363);
INSERT INTO rate_table_version VALUES(10,'mortality-cl2010-2013',NULL,'中国人身保险业经验生命表（2010-2013）/ China Life Insurance Mortality Table 2010-2013','qx, probability of dying within the year at age x',0,'China Life Insurance Mortality Table (2010-2013), as carried in shared/data/cl2010-2013.tsv. CL1/CL2 non-annuity male/female (table one), CL3/CL4 non-annuity male/female (table two), CL5/CL6 annuity male/female. Ages 0-105; qx at 105 is 1.','[{"kind":"key","name":"table"},{"kind":"range","name":"age"}]','qx','dbf63d0a7f42ceb8775697c74a77797b767a319c4c73b89288208f99eb60bbbf','rates/mortality-cl2010-2013.csv',6,636,1795515363);
INSERT INTO rate_table_version VALUES(11,'pension-crediting-rate','2026-01-01','养老账户结算利率 / Pension account crediting rates','annual rate',1,'Illustrative. guaranteed: the minimum the account is credited; illustrative: the rate used in benefit illustrations beside it.','[{"kind":"key","name":"basis"}]','rate','3d3935c7da58d94c4f970c973e4b69f126be3b45b5ba901361ac086dcbc1c285','rates/pension-crediting-rate.csv',7,2,1795515363);
INSERT INTO rate_table_version VALUES(12,'property-base-rate','2026-01-01','财产综合险基准费率 / Property base rates by occupancy and construction class','rate per yuan of sum insured (0.00075 = 0.75 per mille)',1,'Illustrative figures in the range of Chinese small-business property rates; not an insurer''s filed rates. Construction: class-1 steel/reinforced concrete, class-2 brick-concrete, class-3 brick-timber, class-4 light steel or temporary structures.','[{"kind":"key","name":"occupancy"},{"kind":"key","name":"construction"}]','rate','65398ebfd561682abecb1f7472483b24c5199fd3a34e9f0c43e80a784e27ddb0','rates/property-base-rate.csv',7,24,1795515363);
INSERT INTO rate_table_version VALUES(13,'property-deductible-factor','2026-01-01','免赔额系数 / Deductible factor','factor; deductible in yuan per loss',1,'Illustrative.','[{"kind":"range","name":"deductible"}]','factor','48bd36cf5e04bb9d84d2e35aeaa1126ad2796dd8751afe82c71eb2fab67339dd','rates/property-deductible-factor.csv',7,4,1795515363);
INSERT INTO rate_table_version VALUES(14,'property-fire-protection-factor','2026-01-01','消防设施系数 / Fire protection factor','factor',1,'Illustrative.','[{"kind":"key","name":"protection"}]','factor','39da6823471ab362d68b301e43fd2211335c8a4432e2867bafe6c2f169719790','rates/property-fire-protection-factor.csv',7,3,1795515363);
INSERT INTO rate_table_version VALUES(15,'property-loss-history-factor','2026-01-01','历史损失系数 / Loss history factor','factor; claims in the last three years',1,'Illustrative.','[{"kind":"range","name":"claims"}]','factor','78d78d8d830e5f6a8fb659bf84965237852e3389e8c42984b5f0663b119ee668','rates/property-loss-history-factor.csv',7,4,1795515363);
INSERT INTO rate_table_version VALUES(16,'short-rate-annual',NULL,'短期费率表 / Short-rate table for annual policies','share of the annual premium earned by months in force (part months count as whole)',0,'The short-rate scale used in Chinese property and casualty clauses: 10% a month for the first eight months, then 85%, 90%, 95%, 100%.','[{"kind":"range","name":"months"}]','earned','620f33b3d98b50fe1964c9b74ce87857dd66a69f9ed4bdb6a3df5c56f9dcabb0','rates/short-rate-annual.csv',6,12,1795515363);
CREATE TABLE rate_row (
    table_version_id INTEGER NOT NULL REFERENCES rate_table_version(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    cells TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (table_version_id, line)
) WITHOUT ROWID;
INSERT INTO rate_row VALUES(1,8,'1','0.45');
INSERT INTO rate_row VALUES(1,9,'2','0.70');
INSERT INTO rate_row VALUES(1,10,'3','1.10');
INSERT INTO rate_row VALUES(1,11,'4','1.80');
INSERT INTO rate_row VALUES(1,12,'5','3.00');
INSERT INTO rate_row VALUES(1,13,'6','4.80');
INSERT INTO rate_row VALUES(2,8,'1-9','0');
INSERT INTO rate_row VALUES(2,9,'10-29','0.05');
INSERT INTO rate_row VALUES(2,10,'30-99','0.10');
INSERT INTO rate_row VALUES(2,11,'100-','0.15');
INSERT INTO rate_row VALUES(3,8,'1','0.006');
INSERT INTO rate_row VALUES(3,9,'2','0.008');
INSERT INTO rate_row VALUES(3,10,'3','0.011');
INSERT INTO rate_row VALUES(3,11,'4','0.015');
INSERT INTO rate_row VALUES(3,12,'5','0.022');
INSERT INTO rate_row VALUES(3,13,'6','0.030');
INSERT INTO rate_row VALUES(4,8,'HI,DP,1-60','0.00080');
INSERT INTO rate_row VALUES(4,9,'HI,DP,61-90','0.00100');
INSERT INTO rate_row VALUES(4,10,'HI,DP,91-120','0.00120');
INSERT INTO rate_row VALUES(4,11,'HI,DP,121-180','0.00152');
INSERT INTO rate_row VALUES(4,12,'HI,DP,181-360','0.00208');
INSERT INTO rate_row VALUES(4,13,'HI,DA,1-60','0.00108');
INSERT INTO rate_row VALUES(4,14,'HI,DA,61-90','0.00135');
INSERT INTO rate_row VALUES(4,15,'HI,DA,91-120','0.00162');
INSERT INTO rate_row VALUES(4,16,'HI,DA,121-180','0.00205');
INSERT INTO rate_row VALUES(4,17,'HI,DA,181-360','0.00281');
INSERT INTO rate_row VALUES(4,18,'HI,OA,1-60','0.00128');
INSERT INTO rate_row VALUES(4,19,'HI,OA,61-90','0.00160');
INSERT INTO rate_row VALUES(4,20,'HI,OA,91-120','0.00192');
INSERT INTO rate_row VALUES(4,21,'HI,OA,121-180','0.00243');
INSERT INTO rate_row VALUES(4,22,'HI,OA,181-360','0.00333');
INSERT INTO rate_row VALUES(4,23,'0,DP,1-60','0.00080');
INSERT INTO rate_row VALUES(4,24,'0,DP,61-90','0.00100');
INSERT INTO rate_row VALUES(4,25,'0,DP,91-120','0.00120');
INSERT INTO rate_row VALUES(4,26,'0,DP,121-180','0.00152');
INSERT INTO rate_row VALUES(4,27,'0,DP,181-360','0.00208');
INSERT INTO rate_row VALUES(4,28,'0,DA,1-60','0.00108');
INSERT INTO rate_row VALUES(4,29,'0,DA,61-90','0.00135');
INSERT INTO rate_row VALUES(4,30,'0,DA,91-120','0.00162');
INSERT INTO rate_row VALUES(4,31,'0,DA,121-180','0.00205');
INSERT INTO rate_row VALUES(4,32,'0,DA,181-360','0.00281');
INSERT INTO rate_row VALUES(4,33,'0,OA,1-60','0.00128');
INSERT INTO rate_row VALUES(4,34,'0,OA,61-90','0.00160');
INSERT INTO rate_row VALUES(4,35,'0,OA,91-120','0.00192');
INSERT INTO rate_row VALUES(4,36,'0,OA,121-180','0.00243');
INSERT INTO rate_row VALUES(4,37,'0,OA,181-360','0.00333');
INSERT INTO rate_row VALUES(4,38,'1,DP,1-60','0.00092');
INSERT INTO rate_row VALUES(4,39,'1,DP,61-90','0.00115');
INSERT INTO rate_row VALUES(4,40,'1,DP,91-120','0.00138');
INSERT INTO rate_row VALUES(4,41,'1,DP,121-180','0.00175');
INSERT INTO rate_row VALUES(4,42,'1,DP,181-360','0.00239');
INSERT INTO rate_row VALUES(4,43,'1,DA,1-60','0.00124');
INSERT INTO rate_row VALUES(4,44,'1,DA,61-90','0.00155');
INSERT INTO rate_row VALUES(4,45,'1,DA,91-120','0.00186');
INSERT INTO rate_row VALUES(4,46,'1,DA,121-180','0.00236');
INSERT INTO rate_row VALUES(4,47,'1,DA,181-360','0.00323');
INSERT INTO rate_row VALUES(4,48,'1,OA,1-60','0.00147');
INSERT INTO rate_row VALUES(4,49,'1,OA,61-90','0.00184');
INSERT INTO rate_row VALUES(4,50,'1,OA,91-120','0.00221');
INSERT INTO rate_row VALUES(4,51,'1,OA,121-180','0.00280');
INSERT INTO rate_row VALUES(4,52,'1,OA,181-360','0.00383');
INSERT INTO rate_row VALUES(4,53,'2,DP,1-60','0.00108');
INSERT INTO rate_row VALUES(4,54,'2,DP,61-90','0.00135');
INSERT INTO rate_row VALUES(4,55,'2,DP,91-120','0.00162');
INSERT INTO rate_row VALUES(4,56,'2,DP,121-180','0.00205');
INSERT INTO rate_row VALUES(4,57,'2,DP,181-360','0.00281');
INSERT INTO rate_row VALUES(4,58,'2,DA,1-60','0.00146');
INSERT INTO rate_row VALUES(4,59,'2,DA,61-90','0.00182');
INSERT INTO rate_row VALUES(4,60,'2,DA,91-120','0.00219');
INSERT INTO rate_row VALUES(4,61,'2,DA,121-180','0.00277');
INSERT INTO rate_row VALUES(4,62,'2,DA,181-360','0.00379');
INSERT INTO rate_row VALUES(4,63,'2,OA,1-60','0.00173');
INSERT INTO rate_row VALUES(4,64,'2,OA,61-90','0.00216');
INSERT INTO rate_row VALUES(4,65,'2,OA,91-120','0.00259');
INSERT INTO rate_row VALUES(4,66,'2,OA,121-180','0.00328');
INSERT INTO rate_row VALUES(4,67,'2,OA,181-360','0.00449');
INSERT INTO rate_row VALUES(4,68,'3,DP,1-60','0.00128');
INSERT INTO rate_row VALUES(4,69,'3,DP,61-90','0.00160');
INSERT INTO rate_row VALUES(4,70,'3,DP,91-120','0.00192');
INSERT INTO rate_row VALUES(4,71,'3,DP,121-180','0.00243');
INSERT INTO rate_row VALUES(4,72,'3,DP,181-360','0.00333');
INSERT INTO rate_row VALUES(4,73,'3,DA,1-60','0.00173');
INSERT INTO rate_row VALUES(4,74,'3,DA,61-90','0.00216');
INSERT INTO rate_row VALUES(4,75,'3,DA,91-120','0.00259');
INSERT INTO rate_row VALUES(4,76,'3,DA,121-180','0.00328');
INSERT INTO rate_row VALUES(4,77,'3,DA,181-360','0.00449');
INSERT INTO rate_row VALUES(4,78,'3,OA,1-60','0.00205');
INSERT INTO rate_row VALUES(4,79,'3,OA,61-90','0.00256');
INSERT INTO rate_row VALUES(4,80,'3,OA,91-120','0.00307');
INSERT INTO rate_row VALUES(4,81,'3,OA,121-180','0.00389');
INSERT INTO rate_row VALUES(4,82,'3,OA,181-360','0.00532');
INSERT INTO rate_row VALUES(4,83,'4,DP,1-60','0.00160');
INSERT INTO rate_row VALUES(4,84,'4,DP,61-90','0.00200');
INSERT INTO rate_row VALUES(4,85,'4,DP,91-120','0.00240');
INSERT INTO rate_row VALUES(4,86,'4,DP,121-180','0.00304');
INSERT INTO rate_row VALUES(4,87,'4,DP,181-360','0.00416');
INSERT INTO rate_row VALUES(4,88,'4,DA,1-60','0.00216');
INSERT INTO rate_row VALUES(4,89,'4,DA,61-90','0.00270');
INSERT INTO rate_row VALUES(4,90,'4,DA,91-120','0.00324');
INSERT INTO rate_row VALUES(4,91,'4,DA,121-180','0.00410');
INSERT INTO rate_row VALUES(4,92,'4,DA,181-360','0.00562');
INSERT INTO rate_row VALUES(4,93,'4,OA,1-60','0.00256');
INSERT INTO rate_row VALUES(4,94,'4,OA,61-90','0.00320');
INSERT INTO rate_row VALUES(4,95,'4,OA,91-120','0.00384');
INSERT INTO rate_row VALUES(4,96,'4,OA,121-180','0.00486');
INSERT INTO rate_row VALUES(4,97,'4,OA,181-360','0.00666');
INSERT INTO rate_row VALUES(4,98,'5,DP,1-60','0.00208');
INSERT INTO rate_row VALUES(4,99,'5,DP,61-90','0.00260');
INSERT INTO rate_row VALUES(4,100,'5,DP,91-120','0.00312');
INSERT INTO rate_row VALUES(4,101,'5,DP,121-180','0.00395');
INSERT INTO rate_row VALUES(4,102,'5,DP,181-360','0.00541');
INSERT INTO rate_row VALUES(4,103,'5,DA,1-60','0.00281');
INSERT INTO rate_row VALUES(4,104,'5,DA,61-90','0.00351');
INSERT INTO rate_row VALUES(4,105,'5,DA,91-120','0.00421');
INSERT INTO rate_row VALUES(4,106,'5,DA,121-180','0.00534');
INSERT INTO rate_row VALUES(4,107,'5,DA,181-360','0.00730');
INSERT INTO rate_row VALUES(4,108,'5,OA,1-60','0.00333');
INSERT INTO rate_row VALUES(4,109,'5,OA,61-90','0.00416');
INSERT INTO rate_row VALUES(4,110,'5,OA,91-120','0.00499');
INSERT INTO rate_row VALUES(4,111,'5,OA,121-180','0.00632');
INSERT INTO rate_row VALUES(4,112,'5,OA,181-360','0.00865');
INSERT INTO rate_row VALUES(4,113,'6,DP,1-60','0.00272');
INSERT INTO rate_row VALUES(4,114,'6,DP,61-90','0.00340');
INSERT INTO rate_row VALUES(4,115,'6,DP,91-120','0.00408');
INSERT INTO rate_row VALUES(4,116,'6,DP,121-180','0.00517');
INSERT INTO rate_row VALUES(4,117,'6,DP,181-360','0.00707');
INSERT INTO rate_row VALUES(4,118,'6,DA,1-60','0.00367');
INSERT INTO rate_row VALUES(4,119,'6,DA,61-90','0.00459');
INSERT INTO rate_row VALUES(4,120,'6,DA,91-120','0.00551');
INSERT INTO rate_row VALUES(4,121,'6,DA,121-180','0.00698');
INSERT INTO rate_row VALUES(4,122,'6,DA,181-360','0.00955');
INSERT INTO rate_row VALUES(4,123,'6,OA,1-60','0.00435');
INSERT INTO rate_row VALUES(4,124,'6,OA,61-90','0.00544');
INSERT INTO rate_row VALUES(4,125,'6,OA,91-120','0.00653');
INSERT INTO rate_row VALUES(4,126,'6,OA,121-180','0.00827');
INSERT INTO rate_row VALUES(4,127,'6,OA,181-360','0.01132');
INSERT INTO rate_row VALUES(4,128,'7,DP,1-60','0.00360');
INSERT INTO rate_row VALUES(4,129,'7,DP,61-90','0.00450');
INSERT INTO rate_row VALUES(4,130,'7,DP,91-120','0.00540');
INSERT INTO rate_row VALUES(4,131,'7,DP,121-180','0.00684');
INSERT INTO rate_row VALUES(4,132,'7,DP,181-360','0.00936');
INSERT INTO rate_row VALUES(4,133,'7,DA,1-60','0.00486');
INSERT INTO rate_row VALUES(4,134,'7,DA,61-90','0.00608');
INSERT INTO rate_row VALUES(4,135,'7,DA,91-120','0.00729');
INSERT INTO rate_row VALUES(4,136,'7,DA,121-180','0.00923');
INSERT INTO rate_row VALUES(4,137,'7,DA,181-360','0.01264');
INSERT INTO rate_row VALUES(4,138,'7,OA,1-60','0.00576');
INSERT INTO rate_row VALUES(4,139,'7,OA,61-90','0.00720');
INSERT INTO rate_row VALUES(4,140,'7,OA,91-120','0.00864');
INSERT INTO rate_row VALUES(4,141,'7,OA,121-180','0.01094');
INSERT INTO rate_row VALUES(4,142,'7,OA,181-360','0.01498');
INSERT INTO rate_row VALUES(5,8,'18-25,male,basic','156');
INSERT INTO rate_row VALUES(5,9,'26-30,male,basic','186');
INSERT INTO rate_row VALUES(5,10,'31-35,male,basic','236');
INSERT INTO rate_row VALUES(5,11,'36-40,male,basic','296');
INSERT INTO rate_row VALUES(5,12,'41-45,male,basic','396');
INSERT INTO rate_row VALUES(5,13,'46-50,male,basic','556');
INSERT INTO rate_row VALUES(5,14,'51-55,male,basic','786');
INSERT INTO rate_row VALUES(5,15,'56-60,male,basic','1086');
INSERT INTO rate_row VALUES(5,16,'61-65,male,basic','1466');
INSERT INTO rate_row VALUES(5,17,'18-25,female,basic','144');
INSERT INTO rate_row VALUES(5,18,'26-30,female,basic','171');
INSERT INTO rate_row VALUES(5,19,'31-35,female,basic','217');
INSERT INTO rate_row VALUES(5,20,'36-40,female,basic','272');
INSERT INTO rate_row VALUES(5,21,'41-45,female,basic','364');
INSERT INTO rate_row VALUES(5,22,'46-50,female,basic','528');
INSERT INTO rate_row VALUES(5,23,'51-55,female,basic','747');
INSERT INTO rate_row VALUES(5,24,'56-60,female,basic','977');
INSERT INTO rate_row VALUES(5,25,'61-65,female,basic','1319');
INSERT INTO rate_row VALUES(5,26,'18-25,male,standard','195');
INSERT INTO rate_row VALUES(5,27,'26-30,male,standard','233');
INSERT INTO rate_row VALUES(5,28,'31-35,male,standard','295');
INSERT INTO rate_row VALUES(5,29,'36-40,male,standard','370');
INSERT INTO rate_row VALUES(5,30,'41-45,male,standard','495');
INSERT INTO rate_row VALUES(5,31,'46-50,male,standard','695');
INSERT INTO rate_row VALUES(5,32,'51-55,male,standard','983');
INSERT INTO rate_row VALUES(5,33,'56-60,male,standard','1358');
INSERT INTO rate_row VALUES(5,34,'61-65,male,standard','1833');
INSERT INTO rate_row VALUES(5,35,'18-25,female,standard','179');
INSERT INTO rate_row VALUES(5,36,'26-30,female,standard','214');
INSERT INTO rate_row VALUES(5,37,'31-35,female,standard','271');
INSERT INTO rate_row VALUES(5,38,'36-40,female,standard','340');
INSERT INTO rate_row VALUES(5,39,'41-45,female,standard','455');
INSERT INTO rate_row VALUES(5,40,'46-50,female,standard','660');
INSERT INTO rate_row VALUES(5,41,'51-55,female,standard','933');
INSERT INTO rate_row VALUES(5,42,'56-60,female,standard','1222');
INSERT INTO rate_row VALUES(5,43,'61-65,female,standard','1649');
INSERT INTO rate_row VALUES(5,44,'18-25,male,premium','226');
INSERT INTO rate_row VALUES(5,45,'26-30,male,premium','270');
INSERT INTO rate_row VALUES(5,46,'31-35,male,premium','342');
INSERT INTO rate_row VALUES(5,47,'36-40,male,premium','429');
INSERT INTO rate_row VALUES(5,48,'41-45,male,premium','574');
INSERT INTO rate_row VALUES(5,49,'46-50,male,premium','806');
INSERT INTO rate_row VALUES(5,50,'51-55,male,premium','1140');
INSERT INTO rate_row VALUES(5,51,'56-60,male,premium','1575');
INSERT INTO rate_row VALUES(5,52,'61-65,male,premium','2126');
INSERT INTO rate_row VALUES(5,53,'18-25,female,premium','208');
INSERT INTO rate_row VALUES(5,54,'26-30,female,premium','248');
INSERT INTO rate_row VALUES(5,55,'31-35,female,premium','315');
INSERT INTO rate_row VALUES(5,56,'36-40,female,premium','395');
INSERT INTO rate_row VALUES(5,57,'41-45,female,premium','528');
INSERT INTO rate_row VALUES(5,58,'46-50,female,premium','766');
INSERT INTO rate_row VALUES(5,59,'51-55,female,premium','1083');
INSERT INTO rate_row VALUES(5,60,'56-60,female,premium','1417');
INSERT INTO rate_row VALUES(5,61,'61-65,female,premium','1913');
INSERT INTO rate_row VALUES(6,8,'0','1.10');
INSERT INTO rate_row VALUES(6,9,'500','1.00');
INSERT INTO rate_row VALUES(6,10,'1000','0.95');
INSERT INTO rate_row VALUES(6,11,'2000','0.90');
INSERT INTO rate_row VALUES(7,8,'1','90');
INSERT INTO rate_row VALUES(7,9,'2','150');
INSERT INTO rate_row VALUES(7,10,'3','240');
INSERT INTO rate_row VALUES(7,11,'4','380');
INSERT INTO rate_row VALUES(7,12,'5','600');
INSERT INTO rate_row VALUES(8,8,'public,200000','0.50');
INSERT INTO rate_row VALUES(8,9,'public,500000','0.75');
INSERT INTO rate_row VALUES(8,10,'public,1000000','1.00');
INSERT INTO rate_row VALUES(8,11,'public,2000000','1.40');
INSERT INTO rate_row VALUES(8,12,'employer,300000','0.72');
INSERT INTO rate_row VALUES(8,13,'employer,500000','1.00');
INSERT INTO rate_row VALUES(8,14,'employer,800000','1.38');
INSERT INTO rate_row VALUES(8,15,'employer,1000000','1.60');
INSERT INTO rate_row VALUES(9,8,'1','0.00020');
INSERT INTO rate_row VALUES(9,9,'2','0.00035');
INSERT INTO rate_row VALUES(9,10,'3','0.00055');
INSERT INTO rate_row VALUES(9,11,'4','0.00085');
INSERT INTO rate_row VALUES(9,12,'5','0.00130');
INSERT INTO rate_row VALUES(10,7,'CL1,0','0.000867');
INSERT INTO rate_row VALUES(10,8,'CL1,1','0.000615');
INSERT INTO rate_row VALUES(10,9,'CL1,2','0.000445');
INSERT INTO rate_row VALUES(10,10,'CL1,3','0.000339');
INSERT INTO rate_row VALUES(10,11,'CL1,4','0.000280');
INSERT INTO rate_row VALUES(10,12,'CL1,5','0.000251');
INSERT INTO rate_row VALUES(10,13,'CL1,6','0.000237');
INSERT INTO rate_row VALUES(10,14,'CL1,7','0.000233');
INSERT INTO rate_row VALUES(10,15,'CL1,8','0.000238');
INSERT INTO rate_row VALUES(10,16,'CL1,9','0.000250');
INSERT INTO rate_row VALUES(10,17,'CL1,10','0.000269');
INSERT INTO rate_row VALUES(10,18,'CL1,11','0.000293');
INSERT INTO rate_row VALUES(10,19,'CL1,12','0.000319');
INSERT INTO rate_row VALUES(10,20,'CL1,13','0.000347');
INSERT INTO rate_row VALUES(10,21,'CL1,14','0.000375');
INSERT INTO rate_row VALUES(10,22,'CL1,15','0.000402');
INSERT INTO rate_row VALUES(10,23,'CL1,16','0.000427');
INSERT INTO rate_row VALUES(10,24,'CL1,17','0.000449');
INSERT INTO rate_row VALUES(10,25,'CL1,18','0.000469');
INSERT INTO rate_row VALUES(10,26,'CL1,19','0.000489');
INSERT INTO rate_row VALUES(10,27,'CL1,20','0.000508');
INSERT INTO rate_row VALUES(10,28,'CL1,21','0.000527');
INSERT INTO rate_row VALUES(10,29,'CL1,22','0.000547');
INSERT INTO rate_row VALUES(10,30,'CL1,23','0.000568');
INSERT INTO rate_row VALUES(10,31,'CL1,24','0.000591');
INSERT INTO rate_row VALUES(10,32,'CL1,25','0.000615');
INSERT INTO rate_row VALUES(10,33,'CL1,26','0.000644');
INSERT INTO rate_row VALUES(10,34,'CL1,27','0.000675');
INSERT INTO rate_row VALUES(10,35,'CL1,28','0.000711');
INSERT INTO rate_row VALUES(10,36,'CL1,29','0.000751');
INSERT INTO rate_row VALUES(10,37,'CL1,30','0.000797');
INSERT INTO rate_row VALUES(10,38,'CL1,31','0.000847');
INSERT INTO rate_row VALUES(10,39,'CL1,32','0.000903');
INSERT INTO rate_row VALUES(10,40,'CL1,33','0.000966');
INSERT INTO rate_row VALUES(10,41,'CL1,34','0.001035');
INSERT INTO rate_row VALUES(10,42,'CL1,35','0.001111');
INSERT INTO rate_row VALUES(10,43,'CL1,36','0.001196');
INSERT INTO rate_row VALUES(10,44,'CL1,37','0.001290');
INSERT INTO rate_row VALUES(10,45,'CL1,38','0.001395');
INSERT INTO rate_row VALUES(10,46,'CL1,39','0.001515');
INSERT INTO rate_row VALUES(10,47,'CL1,40','0.001651');
INSERT INTO rate_row VALUES(10,48,'CL1,41','0.001804');
INSERT INTO rate_row VALUES(10,49,'CL1,42','0.001978');
INSERT INTO rate_row VALUES(10,50,'CL1,43','0.002173');
INSERT INTO rate_row VALUES(10,51,'CL1,44','0.002393');
INSERT INTO rate_row VALUES(10,52,'CL1,45','0.002639');
INSERT INTO rate_row VALUES(10,53,'CL1,46','0.002913');
INSERT INTO rate_row VALUES(10,54,'CL1,47','0.003213');
INSERT INTO rate_row VALUES(10,55,'CL1,48','0.003538');
INSERT INTO rate_row VALUES(10,56,'CL1,49','0.003884');
INSERT INTO rate_row VALUES(10,57,'CL1,50','0.004249');
INSERT INTO rate_row VALUES(10,58,'CL1,51','0.004633');
INSERT INTO rate_row VALUES(10,59,'CL1,52','0.005032');
INSERT INTO rate_row VALUES(10,60,'CL1,53','0.005445');
INSERT INTO rate_row VALUES(10,61,'CL1,54','0.005869');
INSERT INTO rate_row VALUES(10,62,'CL1,55','0.006302');
INSERT INTO rate_row VALUES(10,63,'CL1,56','0.006747');
INSERT INTO rate_row VALUES(10,64,'CL1,57','0.007227');
INSERT INTO rate_row VALUES(10,65,'CL1,58','0.007770');
INSERT INTO rate_row VALUES(10,66,'CL1,59','0.008403');
INSERT INTO rate_row VALUES(10,67,'CL1,60','0.009161');
INSERT INTO rate_row VALUES(10,68,'CL1,61','0.010065');
INSERT INTO rate_row VALUES(10,69,'CL1,62','0.011129');
INSERT INTO rate_row VALUES(10,70,'CL1,63','0.012360');
INSERT INTO rate_row VALUES(10,71,'CL1,64','0.013771');
INSERT INTO rate_row VALUES(10,72,'CL1,65','0.015379');
INSERT INTO rate_row VALUES(10,73,'CL1,66','0.017212');
INSERT INTO rate_row VALUES(10,74,'CL1,67','0.019304');
INSERT INTO rate_row VALUES(10,75,'CL1,68','0.021691');
INSERT INTO rate_row VALUES(10,76,'CL1,69','0.024411');
INSERT INTO rate_row VALUES(10,77,'CL1,70','0.027495');
INSERT INTO rate_row VALUES(10,78,'CL1,71','0.030965');
INSERT INTO rate_row VALUES(10,79,'CL1,72','0.034832');
INSERT INTO rate_row VALUES(10,80,'CL1,73','0.039105');
INSERT INTO rate_row VALUES(10,81,'CL1,74','0.043796');
INSERT INTO rate_row VALUES(10,82,'CL1,75','0.048921');
INSERT INTO rate_row VALUES(10,83,'CL1,76','0.054506');
INSERT INTO rate_row VALUES(10,84,'CL1,77','0.060586');
INSERT INTO rate_row VALUES(10,85,'CL1,78','0.067202');
INSERT INTO rate_row VALUES(10,86,'CL1,79','0.074400');
INSERT INTO rate_row VALUES(10,87,'CL1,80','0.082220');
INSERT INTO rate_row VALUES(10,88,'CL1,81','0.090700');
INSERT INTO rate_row VALUES(10,89,'CL1,82','0.099868');
INSERT INTO rate_row VALUES(10,90,'CL1,83','0.109754');
INSERT INTO rate_row VALUES(10,91,'CL1,84','0.120388');
INSERT INTO rate_row VALUES(10,92,'CL1,85','0.131817');
INSERT INTO rate_row VALUES(10,93,'CL1,86','0.144105');
INSERT INTO rate_row VALUES(10,94,'CL1,87','0.157334');
INSERT INTO rate_row VALUES(10,95,'CL1,88','0.171609');
INSERT INTO rate_row VALUES(10,96,'CL1,89','0.187046');
INSERT INTO rate_row VALUES(10,97,'CL1,90','0.203765');
INSERT INTO rate_row VALUES(10,98,'CL1,91','0.221873');
INSERT INTO rate_row VALUES(10,99,'CL1,92','0.241451');
INSERT INTO rate_row VALUES(10,100,'CL1,93','0.262539');
INSERT INTO rate_row VALUES(10,101,'CL1,94','0.285129');
INSERT INTO rate_row VALUES(10,102,'CL1,95','0.309160');
INSERT INTO rate_row VALUES(10,103,'CL1,96','0.334529');
INSERT INTO rate_row VALUES(10,104,'CL1,97','0.361101');
INSERT INTO rate_row VALUES(10,105,'CL1,98','0.388727');
INSERT INTO rate_row VALUES(10,106,'CL1,99','0.417257');
INSERT INTO rate_row VALUES(10,107,'CL1,100','0.446544');
INSERT INTO rate_row VALUES(10,108,'CL1,101','0.476447');
INSERT INTO rate_row VALUES(10,109,'CL1,102','0.506830');
INSERT INTO rate_row VALUES(10,110,'CL1,103','0.537558');
INSERT INTO rate_row VALUES(10,111,'CL1,104','0.568497');
INSERT INTO rate_row VALUES(10,112,'CL1,105','1');
INSERT INTO rate_row VALUES(10,113,'CL2,0','0.000620');
INSERT INTO rate_row VALUES(10,114,'CL2,1','0.000456');
INSERT INTO rate_row VALUES(10,115,'CL2,2','0.000337');
INSERT INTO rate_row VALUES(10,116,'CL2,3','0.000256');
INSERT INTO rate_row VALUES(10,117,'CL2,4','0.000203');
INSERT INTO rate_row VALUES(10,118,'CL2,5','0.000170');
INSERT INTO rate_row VALUES(10,119,'CL2,6','0.000149');
INSERT INTO rate_row VALUES(10,120,'CL2,7','0.000137');
INSERT INTO rate_row VALUES(10,121,'CL2,8','0.000133');
INSERT INTO rate_row VALUES(10,122,'CL2,9','0.000136');
INSERT INTO rate_row VALUES(10,123,'CL2,10','0.000145');
INSERT INTO rate_row VALUES(10,124,'CL2,11','0.000157');
INSERT INTO rate_row VALUES(10,125,'CL2,12','0.000172');
INSERT INTO rate_row VALUES(10,126,'CL2,13','0.000189');
INSERT INTO rate_row VALUES(10,127,'CL2,14','0.000206');
INSERT INTO rate_row VALUES(10,128,'CL2,15','0.000221');
INSERT INTO rate_row VALUES(10,129,'CL2,16','0.000234');
INSERT INTO rate_row VALUES(10,130,'CL2,17','0.000245');
INSERT INTO rate_row VALUES(10,131,'CL2,18','0.000255');
INSERT INTO rate_row VALUES(10,132,'CL2,19','0.000262');
INSERT INTO rate_row VALUES(10,133,'CL2,20','0.000269');
INSERT INTO rate_row VALUES(10,134,'CL2,21','0.000274');
INSERT INTO rate_row VALUES(10,135,'CL2,22','0.000279');
INSERT INTO rate_row VALUES(10,136,'CL2,23','0.000284');
INSERT INTO rate_row VALUES(10,137,'CL2,24','0.000289');
INSERT INTO rate_row VALUES(10,138,'CL2,25','0.000294');
INSERT INTO rate_row VALUES(10,139,'CL2,26','0.000300');
INSERT INTO rate_row VALUES(10,140,'CL2,27','0.000307');
INSERT INTO rate_row VALUES(10,141,'CL2,28','0.000316');
INSERT INTO rate_row VALUES(10,142,'CL2,29','0.000327');
INSERT INTO rate_row VALUES(10,143,'CL2,30','0.000340');
INSERT INTO rate_row VALUES(10,144,'CL2,31','0.000356');
INSERT INTO rate_row VALUES(10,145,'CL2,32','0.000374');
INSERT INTO rate_row VALUES(10,146,'CL2,33','0.000397');
INSERT INTO rate_row VALUES(10,147,'CL2,34','0.000423');
INSERT INTO rate_row VALUES(10,148,'CL2,35','0.000454');
INSERT INTO rate_row VALUES(10,149,'CL2,36','0.000489');
INSERT INTO rate_row VALUES(10,150,'CL2,37','0.000530');
INSERT INTO rate_row VALUES(10,151,'CL2,38','0.000577');
INSERT INTO rate_row VALUES(10,152,'CL2,39','0.000631');
INSERT INTO rate_row VALUES(10,153,'CL2,40','0.000692');
INSERT INTO rate_row VALUES(10,154,'CL2,41','0.000762');
INSERT INTO rate_row VALUES(10,155,'CL2,42','0.000841');
INSERT INTO rate_row VALUES(10,156,'CL2,43','0.000929');
INSERT INTO rate_row VALUES(10,157,'CL2,44','0.001028');
INSERT INTO rate_row VALUES(10,158,'CL2,45','0.001137');
INSERT INTO rate_row VALUES(10,159,'CL2,46','0.001259');
INSERT INTO rate_row VALUES(10,160,'CL2,47','0.001392');
INSERT INTO rate_row VALUES(10,161,'CL2,48','0.001537');
INSERT INTO rate_row VALUES(10,162,'CL2,49','0.001692');
INSERT INTO rate_row VALUES(10,163,'CL2,50','0.001859');
INSERT INTO rate_row VALUES(10,164,'CL2,51','0.002037');
INSERT INTO rate_row VALUES(10,165,'CL2,52','0.002226');
INSERT INTO rate_row VALUES(10,166,'CL2,53','0.002424');
INSERT INTO rate_row VALUES(10,167,'CL2,54','0.002634');
INSERT INTO rate_row VALUES(10,168,'CL2,55','0.002853');
INSERT INTO rate_row VALUES(10,169,'CL2,56','0.003085');
INSERT INTO rate_row VALUES(10,170,'CL2,57','0.003342');
INSERT INTO rate_row VALUES(10,171,'CL2,58','0.003638');
INSERT INTO rate_row VALUES(10,172,'CL2,59','0.003990');
INSERT INTO rate_row VALUES(10,173,'CL2,60','0.004414');
INSERT INTO rate_row VALUES(10,174,'CL2,61','0.004923');
INSERT INTO rate_row VALUES(10,175,'CL2,62','0.005529');
INSERT INTO rate_row VALUES(10,176,'CL2,63','0.006244');
INSERT INTO rate_row VALUES(10,177,'CL2,64','0.007078');
INSERT INTO rate_row VALUES(10,178,'CL2,65','0.008045');
INSERT INTO rate_row VALUES(10,179,'CL2,66','0.009165');
INSERT INTO rate_row VALUES(10,180,'CL2,67','0.010460');
INSERT INTO rate_row VALUES(10,181,'CL2,68','0.011955');
INSERT INTO rate_row VALUES(10,182,'CL2,69','0.013674');
INSERT INTO rate_row VALUES(10,183,'CL2,70','0.015643');
INSERT INTO rate_row VALUES(10,184,'CL2,71','0.017887');
INSERT INTO rate_row VALUES(10,185,'CL2,72','0.020432');
INSERT INTO rate_row VALUES(10,186,'CL2,73','0.023303');
INSERT INTO rate_row VALUES(10,187,'CL2,74','0.026528');
INSERT INTO rate_row VALUES(10,188,'CL2,75','0.030137');
INSERT INTO rate_row VALUES(10,189,'CL2,76','0.034165');
INSERT INTO rate_row VALUES(10,190,'CL2,77','0.038653');
INSERT INTO rate_row VALUES(10,191,'CL2,78','0.043648');
INSERT INTO rate_row VALUES(10,192,'CL2,79','0.049205');
INSERT INTO rate_row VALUES(10,193,'CL2,80','0.055385');
INSERT INTO rate_row VALUES(10,194,'CL2,81','0.062254');
INSERT INTO rate_row VALUES(10,195,'CL2,82','0.069880');
INSERT INTO rate_row VALUES(10,196,'CL2,83','0.078320');
INSERT INTO rate_row VALUES(10,197,'CL2,84','0.087611');
INSERT INTO rate_row VALUES(10,198,'CL2,85','0.097754');
INSERT INTO rate_row VALUES(10,199,'CL2,86','0.108704');
INSERT INTO rate_row VALUES(10,200,'CL2,87','0.120371');
INSERT INTO rate_row VALUES(10,201,'CL2,88','0.132638');
INSERT INTO rate_row VALUES(10,202,'CL2,89','0.145395');
INSERT INTO rate_row VALUES(10,203,'CL2,90','0.158572');
INSERT INTO rate_row VALUES(10,204,'CL2,91','0.172172');
INSERT INTO rate_row VALUES(10,205,'CL2,92','0.186294');
INSERT INTO rate_row VALUES(10,206,'CL2,93','0.201129');
INSERT INTO rate_row VALUES(10,207,'CL2,94','0.216940');
INSERT INTO rate_row VALUES(10,208,'CL2,95','0.234026');
INSERT INTO rate_row VALUES(10,209,'CL2,96','0.252673');
INSERT INTO rate_row VALUES(10,210,'CL2,97','0.273112');
INSERT INTO rate_row VALUES(10,211,'CL2,98','0.295478');
INSERT INTO rate_row VALUES(10,212,'CL2,99','0.319794');
INSERT INTO rate_row VALUES(10,213,'CL2,100','0.345975');
INSERT INTO rate_row VALUES(10,214,'CL2,101','0.373856');
INSERT INTO rate_row VALUES(10,215,'CL2,102','0.403221');
INSERT INTO rate_row VALUES(10,216,'CL2,103','0.433833');
INSERT INTO rate_row VALUES(10,217,'CL2,104','0.465447');
INSERT INTO rate_row VALUES(10,218,'CL2,105','1');
INSERT INTO rate_row VALUES(10,219,'CL3,0','0.000620');
INSERT INTO rate_row VALUES(10,220,'CL3,1','0.000465');
INSERT INTO rate_row VALUES(10,221,'CL3,2','0.000353');
INSERT INTO rate_row VALUES(10,222,'CL3,3','0.000278');
INSERT INTO rate_row VALUES(10,223,'CL3,4','0.000229');
INSERT INTO rate_row VALUES(10,224,'CL3,5','0.000200');
INSERT INTO rate_row VALUES(10,225,'CL3,6','0.000182');
INSERT INTO rate_row VALUES(10,226,'CL3,7','0.000172');
INSERT INTO rate_row VALUES(10,227,'CL3,8','0.000171');
INSERT INTO rate_row VALUES(10,228,'CL3,9','0.000177');
INSERT INTO rate_row VALUES(10,229,'CL3,10','0.000187');
INSERT INTO rate_row VALUES(10,230,'CL3,11','0.000202');
INSERT INTO rate_row VALUES(10,231,'CL3,12','0.000220');
INSERT INTO rate_row VALUES(10,232,'CL3,13','0.000240');
INSERT INTO rate_row VALUES(10,233,'CL3,14','0.000261');
INSERT INTO rate_row VALUES(10,234,'CL3,15','0.000280');
INSERT INTO rate_row VALUES(10,235,'CL3,16','0.000298');
INSERT INTO rate_row VALUES(10,236,'CL3,17','0.000315');
INSERT INTO rate_row VALUES(10,237,'CL3,18','0.000331');
INSERT INTO rate_row VALUES(10,238,'CL3,19','0.000346');
INSERT INTO rate_row VALUES(10,239,'CL3,20','0.000361');
INSERT INTO rate_row VALUES(10,240,'CL3,21','0.000376');
INSERT INTO rate_row VALUES(10,241,'CL3,22','0.000392');
INSERT INTO rate_row VALUES(10,242,'CL3,23','0.000409');
INSERT INTO rate_row VALUES(10,243,'CL3,24','0.000428');
INSERT INTO rate_row VALUES(10,244,'CL3,25','0.000448');
INSERT INTO rate_row VALUES(10,245,'CL3,26','0.000471');
INSERT INTO rate_row VALUES(10,246,'CL3,27','0.000497');
INSERT INTO rate_row VALUES(10,247,'CL3,28','0.000526');
INSERT INTO rate_row VALUES(10,248,'CL3,29','0.000558');
INSERT INTO rate_row VALUES(10,249,'CL3,30','0.000595');
INSERT INTO rate_row VALUES(10,250,'CL3,31','0.000635');
INSERT INTO rate_row VALUES(10,251,'CL3,32','0.000681');
INSERT INTO rate_row VALUES(10,252,'CL3,33','0.000732');
INSERT INTO rate_row VALUES(10,253,'CL3,34','0.000788');
INSERT INTO rate_row VALUES(10,254,'CL3,35','0.000850');
INSERT INTO rate_row VALUES(10,255,'CL3,36','0.000919');
INSERT INTO rate_row VALUES(10,256,'CL3,37','0.000995');
INSERT INTO rate_row VALUES(10,257,'CL3,38','0.001078');
INSERT INTO rate_row VALUES(10,258,'CL3,39','0.001170');
INSERT INTO rate_row VALUES(10,259,'CL3,40','0.001270');
INSERT INTO rate_row VALUES(10,260,'CL3,41','0.001380');
INSERT INTO rate_row VALUES(10,261,'CL3,42','0.001500');
INSERT INTO rate_row VALUES(10,262,'CL3,43','0.001631');
INSERT INTO rate_row VALUES(10,263,'CL3,44','0.001774');
INSERT INTO rate_row VALUES(10,264,'CL3,45','0.001929');
INSERT INTO rate_row VALUES(10,265,'CL3,46','0.002096');
INSERT INTO rate_row VALUES(10,266,'CL3,47','0.002277');
INSERT INTO rate_row VALUES(10,267,'CL3,48','0.002472');
INSERT INTO rate_row VALUES(10,268,'CL3,49','0.002682');
INSERT INTO rate_row VALUES(10,269,'CL3,50','0.002908');
INSERT INTO rate_row VALUES(10,270,'CL3,51','0.003150');
INSERT INTO rate_row VALUES(10,271,'CL3,52','0.003409');
INSERT INTO rate_row VALUES(10,272,'CL3,53','0.003686');
INSERT INTO rate_row VALUES(10,273,'CL3,54','0.003982');
INSERT INTO rate_row VALUES(10,274,'CL3,55','0.004297');
INSERT INTO rate_row VALUES(10,275,'CL3,56','0.004636');
INSERT INTO rate_row VALUES(10,276,'CL3,57','0.004999');
INSERT INTO rate_row VALUES(10,277,'CL3,58','0.005389');
INSERT INTO rate_row VALUES(10,278,'CL3,59','0.005807');
INSERT INTO rate_row VALUES(10,279,'CL3,60','0.006258');
INSERT INTO rate_row VALUES(10,280,'CL3,61','0.006742');
INSERT INTO rate_row VALUES(10,281,'CL3,62','0.007261');
INSERT INTO rate_row VALUES(10,282,'CL3,63','0.007815');
INSERT INTO rate_row VALUES(10,283,'CL3,64','0.008405');
INSERT INTO rate_row VALUES(10,284,'CL3,65','0.009039');
INSERT INTO rate_row VALUES(10,285,'CL3,66','0.009738');
INSERT INTO rate_row VALUES(10,286,'CL3,67','0.010538');
INSERT INTO rate_row VALUES(10,287,'CL3,68','0.011496');
INSERT INTO rate_row VALUES(10,288,'CL3,69','0.012686');
INSERT INTO rate_row VALUES(10,289,'CL3,70','0.014192');
INSERT INTO rate_row VALUES(10,290,'CL3,71','0.016106');
INSERT INTO rate_row VALUES(10,291,'CL3,72','0.018517');
INSERT INTO rate_row VALUES(10,292,'CL3,73','0.021510');
INSERT INTO rate_row VALUES(10,293,'CL3,74','0.025151');
INSERT INTO rate_row VALUES(10,294,'CL3,75','0.029490');
INSERT INTO rate_row VALUES(10,295,'CL3,76','0.034545');
INSERT INTO rate_row VALUES(10,296,'CL3,77','0.040310');
INSERT INTO rate_row VALUES(10,297,'CL3,78','0.046747');
INSERT INTO rate_row VALUES(10,298,'CL3,79','0.053801');
INSERT INTO rate_row VALUES(10,299,'CL3,80','0.061403');
INSERT INTO rate_row VALUES(10,300,'CL3,81','0.069485');
INSERT INTO rate_row VALUES(10,301,'CL3,82','0.077987');
INSERT INTO rate_row VALUES(10,302,'CL3,83','0.086872');
INSERT INTO rate_row VALUES(10,303,'CL3,84','0.096130');
INSERT INTO rate_row VALUES(10,304,'CL3,85','0.105786');
INSERT INTO rate_row VALUES(10,305,'CL3,86','0.115900');
INSERT INTO rate_row VALUES(10,306,'CL3,87','0.126569');
INSERT INTO rate_row VALUES(10,307,'CL3,88','0.137917');
INSERT INTO rate_row VALUES(10,308,'CL3,89','0.150089');
INSERT INTO rate_row VALUES(10,309,'CL3,90','0.163239');
INSERT INTO rate_row VALUES(10,310,'CL3,91','0.177519');
INSERT INTO rate_row VALUES(10,311,'CL3,92','0.193067');
INSERT INTO rate_row VALUES(10,312,'CL3,93','0.209999');
INSERT INTO rate_row VALUES(10,313,'CL3,94','0.228394');
INSERT INTO rate_row VALUES(10,314,'CL3,95','0.248299');
INSERT INTO rate_row VALUES(10,315,'CL3,96','0.269718');
INSERT INTO rate_row VALUES(10,316,'CL3,97','0.292621');
INSERT INTO rate_row VALUES(10,317,'CL3,98','0.316951');
INSERT INTO rate_row VALUES(10,318,'CL3,99','0.342628');
INSERT INTO rate_row VALUES(10,319,'CL3,100','0.369561');
INSERT INTO rate_row VALUES(10,320,'CL3,101','0.397652');
INSERT INTO rate_row VALUES(10,321,'CL3,102','0.426801');
INSERT INTO rate_row VALUES(10,322,'CL3,103','0.456906');
INSERT INTO rate_row VALUES(10,323,'CL3,104','0.487867');
INSERT INTO rate_row VALUES(10,324,'CL3,105','1');
INSERT INTO rate_row VALUES(10,325,'CL4,0','0.000455');
INSERT INTO rate_row VALUES(10,326,'CL4,1','0.000324');
INSERT INTO rate_row VALUES(10,327,'CL4,2','0.000236');
INSERT INTO rate_row VALUES(10,328,'CL4,3','0.000180');
INSERT INTO rate_row VALUES(10,329,'CL4,4','0.000149');
INSERT INTO rate_row VALUES(10,330,'CL4,5','0.000131');
INSERT INTO rate_row VALUES(10,331,'CL4,6','0.000119');
INSERT INTO rate_row VALUES(10,332,'CL4,7','0.000110');
INSERT INTO rate_row VALUES(10,333,'CL4,8','0.000105');
INSERT INTO rate_row VALUES(10,334,'CL4,9','0.000103');
INSERT INTO rate_row VALUES(10,335,'CL4,10','0.000103');
INSERT INTO rate_row VALUES(10,336,'CL4,11','0.000105');
INSERT INTO rate_row VALUES(10,337,'CL4,12','0.000109');
INSERT INTO rate_row VALUES(10,338,'CL4,13','0.000115');
INSERT INTO rate_row VALUES(10,339,'CL4,14','0.000121');
INSERT INTO rate_row VALUES(10,340,'CL4,15','0.000128');
INSERT INTO rate_row VALUES(10,341,'CL4,16','0.000135');
INSERT INTO rate_row VALUES(10,342,'CL4,17','0.000141');
INSERT INTO rate_row VALUES(10,343,'CL4,18','0.000149');
INSERT INTO rate_row VALUES(10,344,'CL4,19','0.000156');
INSERT INTO rate_row VALUES(10,345,'CL4,20','0.000163');
INSERT INTO rate_row VALUES(10,346,'CL4,21','0.000170');
INSERT INTO rate_row VALUES(10,347,'CL4,22','0.000178');
INSERT INTO rate_row VALUES(10,348,'CL4,23','0.000185');
INSERT INTO rate_row VALUES(10,349,'CL4,24','0.000192');
INSERT INTO rate_row VALUES(10,350,'CL4,25','0.000200');
INSERT INTO rate_row VALUES(10,351,'CL4,26','0.000208');
INSERT INTO rate_row VALUES(10,352,'CL4,27','0.000216');
INSERT INTO rate_row VALUES(10,353,'CL4,28','0.000225');
INSERT INTO rate_row VALUES(10,354,'CL4,29','0.000235');
INSERT INTO rate_row VALUES(10,355,'CL4,30','0.000247');
INSERT INTO rate_row VALUES(10,356,'CL4,31','0.000261');
INSERT INTO rate_row VALUES(10,357,'CL4,32','0.000277');
INSERT INTO rate_row VALUES(10,358,'CL4,33','0.000297');
INSERT INTO rate_row VALUES(10,359,'CL4,34','0.000319');
INSERT INTO rate_row VALUES(10,360,'CL4,35','0.000346');
INSERT INTO rate_row VALUES(10,361,'CL4,36','0.000376');
INSERT INTO rate_row VALUES(10,362,'CL4,37','0.000411');
INSERT INTO rate_row VALUES(10,363,'CL4,38','0.000450');
INSERT INTO rate_row VALUES(10,364,'CL4,39','0.000494');
INSERT INTO rate_row VALUES(10,365,'CL4,40','0.000542');
INSERT INTO rate_row VALUES(10,366,'CL4,41','0.000595');
INSERT INTO rate_row VALUES(10,367,'CL4,42','0.000653');
INSERT INTO rate_row VALUES(10,368,'CL4,43','0.000715');
INSERT INTO rate_row VALUES(10,369,'CL4,44','0.000783');
INSERT INTO rate_row VALUES(10,370,'CL4,45','0.000857');
INSERT INTO rate_row VALUES(10,371,'CL4,46','0.000935');
INSERT INTO rate_row VALUES(10,372,'CL4,47','0.001020');
INSERT INTO rate_row VALUES(10,373,'CL4,48','0.001112');
INSERT INTO rate_row VALUES(10,374,'CL4,49','0.001212');
INSERT INTO rate_row VALUES(10,375,'CL4,50','0.001321');
INSERT INTO rate_row VALUES(10,376,'CL4,51','0.001439');
INSERT INTO rate_row VALUES(10,377,'CL4,52','0.001568');
INSERT INTO rate_row VALUES(10,378,'CL4,53','0.001709');
INSERT INTO rate_row VALUES(10,379,'CL4,54','0.001861');
INSERT INTO rate_row VALUES(10,380,'CL4,55','0.002027');
INSERT INTO rate_row VALUES(10,381,'CL4,56','0.002208');
INSERT INTO rate_row VALUES(10,382,'CL4,57','0.002403');
INSERT INTO rate_row VALUES(10,383,'CL4,58','0.002613');
INSERT INTO rate_row VALUES(10,384,'CL4,59','0.002840');
INSERT INTO rate_row VALUES(10,385,'CL4,60','0.003088');
INSERT INTO rate_row VALUES(10,386,'CL4,61','0.003366');
INSERT INTO rate_row VALUES(10,387,'CL4,62','0.003684');
INSERT INTO rate_row VALUES(10,388,'CL4,63','0.004055');
INSERT INTO rate_row VALUES(10,389,'CL4,64','0.004495');
INSERT INTO rate_row VALUES(10,390,'CL4,65','0.005016');
INSERT INTO rate_row VALUES(10,391,'CL4,66','0.005626');
INSERT INTO rate_row VALUES(10,392,'CL4,67','0.006326');
INSERT INTO rate_row VALUES(10,393,'CL4,68','0.007115');
INSERT INTO rate_row VALUES(10,394,'CL4,69','0.008000');
INSERT INTO rate_row VALUES(10,395,'CL4,70','0.009007');
INSERT INTO rate_row VALUES(10,396,'CL4,71','0.010185');
INSERT INTO rate_row VALUES(10,397,'CL4,72','0.011606');
INSERT INTO rate_row VALUES(10,398,'CL4,73','0.013353');
INSERT INTO rate_row VALUES(10,399,'CL4,74','0.015508');
INSERT INTO rate_row VALUES(10,400,'CL4,75','0.018134');
INSERT INTO rate_row VALUES(10,401,'CL4,76','0.021268');
INSERT INTO rate_row VALUES(10,402,'CL4,77','0.024916');
INSERT INTO rate_row VALUES(10,403,'CL4,78','0.029062');
INSERT INTO rate_row VALUES(10,404,'CL4,79','0.033674');
INSERT INTO rate_row VALUES(10,405,'CL4,80','0.038718');
INSERT INTO rate_row VALUES(10,406,'CL4,81','0.044160');
INSERT INTO rate_row VALUES(10,407,'CL4,82','0.049977');
INSERT INTO rate_row VALUES(10,408,'CL4,83','0.056157');
INSERT INTO rate_row VALUES(10,409,'CL4,84','0.062695');
INSERT INTO rate_row VALUES(10,410,'CL4,85','0.069596');
INSERT INTO rate_row VALUES(10,411,'CL4,86','0.076863');
INSERT INTO rate_row VALUES(10,412,'CL4,87','0.084501');
INSERT INTO rate_row VALUES(10,413,'CL4,88','0.092504');
INSERT INTO rate_row VALUES(10,414,'CL4,89','0.100864');
INSERT INTO rate_row VALUES(10,415,'CL4,90','0.109567');
INSERT INTO rate_row VALUES(10,416,'CL4,91','0.118605');
INSERT INTO rate_row VALUES(10,417,'CL4,92','0.127985');
INSERT INTO rate_row VALUES(10,418,'CL4,93','0.137743');
INSERT INTO rate_row VALUES(10,419,'CL4,94','0.147962');
INSERT INTO rate_row VALUES(10,420,'CL4,95','0.158777');
INSERT INTO rate_row VALUES(10,421,'CL4,96','0.170380');
INSERT INTO rate_row VALUES(10,422,'CL4,97','0.183020');
INSERT INTO rate_row VALUES(10,423,'CL4,98','0.196986');
INSERT INTO rate_row VALUES(10,424,'CL4,99','0.212604');
INSERT INTO rate_row VALUES(10,425,'CL4,100','0.230215');
INSERT INTO rate_row VALUES(10,426,'CL4,101','0.250172');
INSERT INTO rate_row VALUES(10,427,'CL4,102','0.272831');
INSERT INTO rate_row VALUES(10,428,'CL4,103','0.298551');
INSERT INTO rate_row VALUES(10,429,'CL4,104','0.327687');
INSERT INTO rate_row VALUES(10,430,'CL4,105','1');
INSERT INTO rate_row VALUES(10,431,'CL5,0','0.000566');
INSERT INTO rate_row VALUES(10,432,'CL5,1','0.000386');
INSERT INTO rate_row VALUES(10,433,'CL5,2','0.000268');
INSERT INTO rate_row VALUES(10,434,'CL5,3','0.000196');
INSERT INTO rate_row VALUES(10,435,'CL5,4','0.000158');
INSERT INTO rate_row VALUES(10,436,'CL5,5','0.000141');
INSERT INTO rate_row VALUES(10,437,'CL5,6','0.000132');
INSERT INTO rate_row VALUES(10,438,'CL5,7','0.000129');
INSERT INTO rate_row VALUES(10,439,'CL5,8','0.000131');
INSERT INTO rate_row VALUES(10,440,'CL5,9','0.000137');
INSERT INTO rate_row VALUES(10,441,'CL5,10','0.000146');
INSERT INTO rate_row VALUES(10,442,'CL5,11','0.000157');
INSERT INTO rate_row VALUES(10,443,'CL5,12','0.000170');
INSERT INTO rate_row VALUES(10,444,'CL5,13','0.000184');
INSERT INTO rate_row VALUES(10,445,'CL5,14','0.000197');
INSERT INTO rate_row VALUES(10,446,'CL5,15','0.000208');
INSERT INTO rate_row VALUES(10,447,'CL5,16','0.000219');
INSERT INTO rate_row VALUES(10,448,'CL5,17','0.000227');
INSERT INTO rate_row VALUES(10,449,'CL5,18','0.000235');
INSERT INTO rate_row VALUES(10,450,'CL5,19','0.000241');
INSERT INTO rate_row VALUES(10,451,'CL5,20','0.000248');
INSERT INTO rate_row VALUES(10,452,'CL5,21','0.000256');
INSERT INTO rate_row VALUES(10,453,'CL5,22','0.000264');
INSERT INTO rate_row VALUES(10,454,'CL5,23','0.000273');
INSERT INTO rate_row VALUES(10,455,'CL5,24','0.000284');
INSERT INTO rate_row VALUES(10,456,'CL5,25','0.000297');
INSERT INTO rate_row VALUES(10,457,'CL5,26','0.000314');
INSERT INTO rate_row VALUES(10,458,'CL5,27','0.000333');
INSERT INTO rate_row VALUES(10,459,'CL5,28','0.000354');
INSERT INTO rate_row VALUES(10,460,'CL5,29','0.000379');
INSERT INTO rate_row VALUES(10,461,'CL5,30','0.000407');
INSERT INTO rate_row VALUES(10,462,'CL5,31','0.000438');
INSERT INTO rate_row VALUES(10,463,'CL5,32','0.000472');
INSERT INTO rate_row VALUES(10,464,'CL5,33','0.000509');
INSERT INTO rate_row VALUES(10,465,'CL5,34','0.000549');
INSERT INTO rate_row VALUES(10,466,'CL5,35','0.000592');
INSERT INTO rate_row VALUES(10,467,'CL5,36','0.000639');
INSERT INTO rate_row VALUES(10,468,'CL5,37','0.000690');
INSERT INTO rate_row VALUES(10,469,'CL5,38','0.000746');
INSERT INTO rate_row VALUES(10,470,'CL5,39','0.000808');
INSERT INTO rate_row VALUES(10,471,'CL5,40','0.000878');
INSERT INTO rate_row VALUES(10,472,'CL5,41','0.000955');
INSERT INTO rate_row VALUES(10,473,'CL5,42','0.001041');
INSERT INTO rate_row VALUES(10,474,'CL5,43','0.001138');
INSERT INTO rate_row VALUES(10,475,'CL5,44','0.001245');
INSERT INTO rate_row VALUES(10,476,'CL5,45','0.001364');
INSERT INTO rate_row VALUES(10,477,'CL5,46','0.001496');
INSERT INTO rate_row VALUES(10,478,'CL5,47','0.001641');
INSERT INTO rate_row VALUES(10,479,'CL5,48','0.001798');
INSERT INTO rate_row VALUES(10,480,'CL5,49','0.001967');
INSERT INTO rate_row VALUES(10,481,'CL5,50','0.002148');
INSERT INTO rate_row VALUES(10,482,'CL5,51','0.002340');
INSERT INTO rate_row VALUES(10,483,'CL5,52','0.002544');
INSERT INTO rate_row VALUES(10,484,'CL5,53','0.002759');
INSERT INTO rate_row VALUES(10,485,'CL5,54','0.002985');
INSERT INTO rate_row VALUES(10,486,'CL5,55','0.003221');
INSERT INTO rate_row VALUES(10,487,'CL5,56','0.003469');
INSERT INTO rate_row VALUES(10,488,'CL5,57','0.003731');
INSERT INTO rate_row VALUES(10,489,'CL5,58','0.004014');
INSERT INTO rate_row VALUES(10,490,'CL5,59','0.004323');
INSERT INTO rate_row VALUES(10,491,'CL5,60','0.004660');
INSERT INTO rate_row VALUES(10,492,'CL5,61','0.005034');
INSERT INTO rate_row VALUES(10,493,'CL5,62','0.005448');
INSERT INTO rate_row VALUES(10,494,'CL5,63','0.005909');
INSERT INTO rate_row VALUES(10,495,'CL5,64','0.006422');
INSERT INTO rate_row VALUES(10,496,'CL5,65','0.006988');
INSERT INTO rate_row VALUES(10,497,'CL5,66','0.007610');
INSERT INTO rate_row VALUES(10,498,'CL5,67','0.008292');
INSERT INTO rate_row VALUES(10,499,'CL5,68','0.009046');
INSERT INTO rate_row VALUES(10,500,'CL5,69','0.009897');
INSERT INTO rate_row VALUES(10,501,'CL5,70','0.010888');
INSERT INTO rate_row VALUES(10,502,'CL5,71','0.012080');
INSERT INTO rate_row VALUES(10,503,'CL5,72','0.013550');
INSERT INTO rate_row VALUES(10,504,'CL5,73','0.015387');
INSERT INTO rate_row VALUES(10,505,'CL5,74','0.017686');
INSERT INTO rate_row VALUES(10,506,'CL5,75','0.020539');
INSERT INTO rate_row VALUES(10,507,'CL5,76','0.024017');
INSERT INTO rate_row VALUES(10,508,'CL5,77','0.028162');
INSERT INTO rate_row VALUES(10,509,'CL5,78','0.032978');
INSERT INTO rate_row VALUES(10,510,'CL5,79','0.038437');
INSERT INTO rate_row VALUES(10,511,'CL5,80','0.044492');
INSERT INTO rate_row VALUES(10,512,'CL5,81','0.051086');
INSERT INTO rate_row VALUES(10,513,'CL5,82','0.058173');
INSERT INTO rate_row VALUES(10,514,'CL5,83','0.065722');
INSERT INTO rate_row VALUES(10,515,'CL5,84','0.073729');
INSERT INTO rate_row VALUES(10,516,'CL5,85','0.082223');
INSERT INTO rate_row VALUES(10,517,'CL5,86','0.091239');
INSERT INTO rate_row VALUES(10,518,'CL5,87','0.100900');
INSERT INTO rate_row VALUES(10,519,'CL5,88','0.111321');
INSERT INTO rate_row VALUES(10,520,'CL5,89','0.122608');
INSERT INTO rate_row VALUES(10,521,'CL5,90','0.134870');
INSERT INTO rate_row VALUES(10,522,'CL5,91','0.148212');
INSERT INTO rate_row VALUES(10,523,'CL5,92','0.162742');
INSERT INTO rate_row VALUES(10,524,'CL5,93','0.178566');
INSERT INTO rate_row VALUES(10,525,'CL5,94','0.195793');
INSERT INTO rate_row VALUES(10,526,'CL5,95','0.214499');
INSERT INTO rate_row VALUES(10,527,'CL5,96','0.234650');
INSERT INTO rate_row VALUES(10,528,'CL5,97','0.256180');
INSERT INTO rate_row VALUES(10,529,'CL5,98','0.279025');
INSERT INTO rate_row VALUES(10,530,'CL5,99','0.303120');
INSERT INTO rate_row VALUES(10,531,'CL5,100','0.328401');
INSERT INTO rate_row VALUES(10,532,'CL5,101','0.354803');
INSERT INTO rate_row VALUES(10,533,'CL5,102','0.382261');
INSERT INTO rate_row VALUES(10,534,'CL5,103','0.410710');
INSERT INTO rate_row VALUES(10,535,'CL5,104','0.440086');
INSERT INTO rate_row VALUES(10,536,'CL5,105','1');
INSERT INTO rate_row VALUES(10,537,'CL6,0','0.000453');
INSERT INTO rate_row VALUES(10,538,'CL6,1','0.000289');
INSERT INTO rate_row VALUES(10,539,'CL6,2','0.000184');
INSERT INTO rate_row VALUES(10,540,'CL6,3','0.000124');
INSERT INTO rate_row VALUES(10,541,'CL6,4','0.000095');
INSERT INTO rate_row VALUES(10,542,'CL6,5','0.000084');
INSERT INTO rate_row VALUES(10,543,'CL6,6','0.000078');
INSERT INTO rate_row VALUES(10,544,'CL6,7','0.000074');
INSERT INTO rate_row VALUES(10,545,'CL6,8','0.000072');
INSERT INTO rate_row VALUES(10,546,'CL6,9','0.000072');
INSERT INTO rate_row VALUES(10,547,'CL6,10','0.000074');
INSERT INTO rate_row VALUES(10,548,'CL6,11','0.000077');
INSERT INTO rate_row VALUES(10,549,'CL6,12','0.00008');
INSERT INTO rate_row VALUES(10,550,'CL6,13','0.000085');
INSERT INTO rate_row VALUES(10,551,'CL6,14','0.00009');
INSERT INTO rate_row VALUES(10,552,'CL6,15','0.000095');
INSERT INTO rate_row VALUES(10,553,'CL6,16','0.0001');
INSERT INTO rate_row VALUES(10,554,'CL6,17','0.000105');
INSERT INTO rate_row VALUES(10,555,'CL6,18','0.00011');
INSERT INTO rate_row VALUES(10,556,'CL6,19','0.000115');
INSERT INTO rate_row VALUES(10,557,'CL6,20','0.00012');
INSERT INTO rate_row VALUES(10,558,'CL6,21','0.000125');
INSERT INTO rate_row VALUES(10,559,'CL6,22','0.000129');
INSERT INTO rate_row VALUES(10,560,'CL6,23','0.000134');
INSERT INTO rate_row VALUES(10,561,'CL6,24','0.000139');
INSERT INTO rate_row VALUES(10,562,'CL6,25','0.000144');
INSERT INTO rate_row VALUES(10,563,'CL6,26','0.000149');
INSERT INTO rate_row VALUES(10,564,'CL6,27','0.000154');
INSERT INTO rate_row VALUES(10,565,'CL6,28','0.00016');
INSERT INTO rate_row VALUES(10,566,'CL6,29','0.000167');
INSERT INTO rate_row VALUES(10,567,'CL6,30','0.000175');
INSERT INTO rate_row VALUES(10,568,'CL6,31','0.000186');
INSERT INTO rate_row VALUES(10,569,'CL6,32','0.000198');
INSERT INTO rate_row VALUES(10,570,'CL6,33','0.000213');
INSERT INTO rate_row VALUES(10,571,'CL6,34','0.000231');
INSERT INTO rate_row VALUES(10,572,'CL6,35','0.000253');
INSERT INTO rate_row VALUES(10,573,'CL6,36','0.000277');
INSERT INTO rate_row VALUES(10,574,'CL6,37','0.000305');
INSERT INTO rate_row VALUES(10,575,'CL6,38','0.000337');
INSERT INTO rate_row VALUES(10,576,'CL6,39','0.000372');
INSERT INTO rate_row VALUES(10,577,'CL6,40','0.00041');
INSERT INTO rate_row VALUES(10,578,'CL6,41','0.00045');
INSERT INTO rate_row VALUES(10,579,'CL6,42','0.000494');
INSERT INTO rate_row VALUES(10,580,'CL6,43','0.00054');
INSERT INTO rate_row VALUES(10,581,'CL6,44','0.000589');
INSERT INTO rate_row VALUES(10,582,'CL6,45','0.00064');
INSERT INTO rate_row VALUES(10,583,'CL6,46','0.000693');
INSERT INTO rate_row VALUES(10,584,'CL6,47','0.00075');
INSERT INTO rate_row VALUES(10,585,'CL6,48','0.000811');
INSERT INTO rate_row VALUES(10,586,'CL6,49','0.000877');
INSERT INTO rate_row VALUES(10,587,'CL6,50','0.00095');
INSERT INTO rate_row VALUES(10,588,'CL6,51','0.001031');
INSERT INTO rate_row VALUES(10,589,'CL6,52','0.00112');
INSERT INTO rate_row VALUES(10,590,'CL6,53','0.001219');
INSERT INTO rate_row VALUES(10,591,'CL6,54','0.001329');
INSERT INTO rate_row VALUES(10,592,'CL6,55','0.00145');
INSERT INTO rate_row VALUES(10,593,'CL6,56','0.001585');
INSERT INTO rate_row VALUES(10,594,'CL6,57','0.001736');
INSERT INTO rate_row VALUES(10,595,'CL6,58','0.001905');
INSERT INTO rate_row VALUES(10,596,'CL6,59','0.002097');
INSERT INTO rate_row VALUES(10,597,'CL6,60','0.002315');
INSERT INTO rate_row VALUES(10,598,'CL6,61','0.002561');
INSERT INTO rate_row VALUES(10,599,'CL6,62','0.002836');
INSERT INTO rate_row VALUES(10,600,'CL6,63','0.003137');
INSERT INTO rate_row VALUES(10,601,'CL6,64','0.003468');
INSERT INTO rate_row VALUES(10,602,'CL6,65','0.003835');
INSERT INTO rate_row VALUES(10,603,'CL6,66','0.004254');
INSERT INTO rate_row VALUES(10,604,'CL6,67','0.00474');
INSERT INTO rate_row VALUES(10,605,'CL6,68','0.005302');
INSERT INTO rate_row VALUES(10,606,'CL6,69','0.005943');
INSERT INTO rate_row VALUES(10,607,'CL6,70','0.00666');
INSERT INTO rate_row VALUES(10,608,'CL6,71','0.00746');
INSERT INTO rate_row VALUES(10,609,'CL6,72','0.008369');
INSERT INTO rate_row VALUES(10,610,'CL6,73','0.009436');
INSERT INTO rate_row VALUES(10,611,'CL6,74','0.01073');
INSERT INTO rate_row VALUES(10,612,'CL6,75','0.012332');
INSERT INTO rate_row VALUES(10,613,'CL6,76','0.014315');
INSERT INTO rate_row VALUES(10,614,'CL6,77','0.016734');
INSERT INTO rate_row VALUES(10,615,'CL6,78','0.019619');
INSERT INTO rate_row VALUES(10,616,'CL6,79','0.022971');
INSERT INTO rate_row VALUES(10,617,'CL6,80','0.02677');
INSERT INTO rate_row VALUES(10,618,'CL6,81','0.030989');
INSERT INTO rate_row VALUES(10,619,'CL6,82','0.035598');
INSERT INTO rate_row VALUES(10,620,'CL6,83','0.040576');
INSERT INTO rate_row VALUES(10,621,'CL6,84','0.045915');
INSERT INTO rate_row VALUES(10,622,'CL6,85','0.051616');
INSERT INTO rate_row VALUES(10,623,'CL6,86','0.057646');
INSERT INTO rate_row VALUES(10,624,'CL6,87','0.064084');
INSERT INTO rate_row VALUES(10,625,'CL6,88','0.070942');
INSERT INTO rate_row VALUES(10,626,'CL6,89','0.078241');
INSERT INTO rate_row VALUES(10,627,'CL6,90','0.086003');
INSERT INTO rate_row VALUES(10,628,'CL6,91','0.094249');
INSERT INTO rate_row VALUES(10,629,'CL6,92','0.103002');
INSERT INTO rate_row VALUES(10,630,'CL6,93','0.112281');
INSERT INTO rate_row VALUES(10,631,'CL6,94','0.122109');
INSERT INTO rate_row VALUES(10,632,'CL6,95','0.13254');
INSERT INTO rate_row VALUES(10,633,'CL6,96','0.143757');
INSERT INTO rate_row VALUES(10,634,'CL6,97','0.155979');
INSERT INTO rate_row VALUES(10,635,'CL6,98','0.169421');
INSERT INTO rate_row VALUES(10,636,'CL6,99','0.184301');
INSERT INTO rate_row VALUES(10,637,'CL6,100','0.200836');
INSERT INTO rate_row VALUES(10,638,'CL6,101','0.219242');
INSERT INTO rate_row VALUES(10,639,'CL6,102','0.239737');
INSERT INTO rate_row VALUES(10,640,'CL6,103','0.262537');
INSERT INTO rate_row VALUES(10,641,'CL6,104','0.287859');
INSERT INTO rate_row VALUES(10,642,'CL6,105','1');
INSERT INTO rate_row VALUES(11,8,'guaranteed','0.015');
INSERT INTO rate_row VALUES(11,9,'illustrative','0.030');
INSERT INTO rate_row VALUES(12,8,'office,class-1','0.00040');
INSERT INTO rate_row VALUES(12,9,'office,class-2','0.00050');
INSERT INTO rate_row VALUES(12,10,'office,class-3','0.00070');
INSERT INTO rate_row VALUES(12,11,'office,class-4','0.00110');
INSERT INTO rate_row VALUES(12,12,'retail-shop,class-1','0.00060');
INSERT INTO rate_row VALUES(12,13,'retail-shop,class-2','0.00075');
INSERT INTO rate_row VALUES(12,14,'retail-shop,class-3','0.00100');
INSERT INTO rate_row VALUES(12,15,'retail-shop,class-4','0.00160');
INSERT INTO rate_row VALUES(12,16,'restaurant,class-1','0.00090');
INSERT INTO rate_row VALUES(12,17,'restaurant,class-2','0.00110');
INSERT INTO rate_row VALUES(12,18,'restaurant,class-3','0.00150');
INSERT INTO rate_row VALUES(12,19,'restaurant,class-4','0.00240');
INSERT INTO rate_row VALUES(12,20,'light-workshop,class-1','0.00100');
INSERT INTO rate_row VALUES(12,21,'light-workshop,class-2','0.00125');
INSERT INTO rate_row VALUES(12,22,'light-workshop,class-3','0.00170');
INSERT INTO rate_row VALUES(12,23,'light-workshop,class-4','0.00270');
INSERT INTO rate_row VALUES(12,24,'warehouse,class-1','0.00080');
INSERT INTO rate_row VALUES(12,25,'warehouse,class-2','0.00100');
INSERT INTO rate_row VALUES(12,26,'warehouse,class-3','0.00140');
INSERT INTO rate_row VALUES(12,27,'warehouse,class-4','0.00220');
INSERT INTO rate_row VALUES(12,28,'woodworking,class-1','0.00180');
INSERT INTO rate_row VALUES(12,29,'woodworking,class-2','0.00220');
INSERT INTO rate_row VALUES(12,30,'woodworking,class-3','0.00300');
INSERT INTO rate_row VALUES(12,31,'woodworking,class-4','0.00450');
INSERT INTO rate_row VALUES(13,8,'500','1.00');
INSERT INTO rate_row VALUES(13,9,'1000','0.95');
INSERT INTO rate_row VALUES(13,10,'2000','0.90');
INSERT INTO rate_row VALUES(13,11,'5000','0.82');
INSERT INTO rate_row VALUES(14,8,'sprinklers','0.85');
INSERT INTO rate_row VALUES(14,9,'extinguishers','1.00');
INSERT INTO rate_row VALUES(14,10,'none','1.20');
INSERT INTO rate_row VALUES(15,8,'0','0.90');
INSERT INTO rate_row VALUES(15,9,'1','1.00');
INSERT INTO rate_row VALUES(15,10,'2-3','1.25');
INSERT INTO rate_row VALUES(15,11,'4-','1.60');
INSERT INTO rate_row VALUES(16,7,'1','0.10');
INSERT INTO rate_row VALUES(16,8,'2','0.20');
INSERT INTO rate_row VALUES(16,9,'3','0.30');
INSERT INTO rate_row VALUES(16,10,'4','0.40');
INSERT INTO rate_row VALUES(16,11,'5','0.50');
INSERT INTO rate_row VALUES(16,12,'6','0.60');
INSERT INTO rate_row VALUES(16,13,'7','0.70');
INSERT INTO rate_row VALUES(16,14,'8','0.80');
INSERT INTO rate_row VALUES(16,15,'9','0.85');
INSERT INTO rate_row VALUES(16,16,'10','0.90');
INSERT INTO rate_row VALUES(16,17,'11','0.95');
INSERT INTO rate_row VALUES(16,18,'12','1.00');
CREATE TABLE catalog_load (
    id INTEGER PRIMARY KEY,
    loaded_at INTEGER NOT NULL,
    products_added INTEGER NOT NULL,
    products_closed INTEGER NOT NULL,
    tables_added INTEGER NOT NULL,
    rows_added INTEGER NOT NULL
);
INSERT INTO catalog_load VALUES(1,1795515363,7,0,16,912);
CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    product_version_id INTEGER NOT NULL REFERENCES product_version(id),
    as_of TEXT NOT NULL,
    start_date TEXT NOT NULL,
    premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
    table_versions TEXT NOT NULL,
    risk TEXT NOT NULL,
    quote TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
INSERT INTO quote VALUES(1,'Q-000001',6,'2026-06-30','2026-06-30',81000,'["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"]',replace('{\n  "sumInsured": "800000",\n  "occupancy": "retail-shop",\n  "construction": "class-2",\n  "fireProtection": "extinguishers",\n  "deductible": "1000",\n  "claimsLast3Years": 1,\n  "theftSumInsured": "20000"\n}\n','\n',char(10)),'{"asOf":"2026-06-30","coverages":[{"amount":"800000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"570.00"},{"amount":"20000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"240.00"}],"endDate":"2027-06-29","facts":{"keys":{"construction":["class-2"],"fire-protection":["extinguishers"],"occupancy":["retail-shop"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["800000.00"]}},"id":"Q-000001","line":"property","notes":[],"premium":"810.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-30","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[{"amount":"800000.00","name":"Sum insured (PROPERTY)"},{"amount":"600.00","factor":"0.00075","key":"occupancy=retail-shop, construction=class-2","name":"× base rate","table":"property-base-rate@2026-01-01"},{"amount":"600.00","factor":"1.00","key":"protection=extinguishers","name":"× fire protection factor","table":"property-fire-protection-factor@2026-01-01"},{"amount":"570.00","factor":"0.95","key":"deductible=1000","name":"× deductible factor","table":"property-deductible-factor@2026-01-01"},{"amount":"570.00","factor":"1.00","key":"claims=1","name":"× loss history factor","table":"property-loss-history-factor@2026-01-01"},{"amount":"570.00","name":"Round to the fen","rounding":"half-up to the fen"},{"amount":"240.00","factor":"0.012","name":"Theft extension: 20000.00 × theft rate","note":"product parameter theft-rate","rounding":"half-up to the fen"},{"amount":"810.00","name":"Total premium"}]}',1795515365);
CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'individual-business', 'person')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    identifier TEXT,
    identifier_kind TEXT CHECK (identifier_kind IN ('social-credit-code', 'resident-id')),
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('male', 'female')),
    phone TEXT,
    role TEXT CHECK (role IN ('business-owner', 'employee', 'flexible-worker')),
    employer_id INTEGER REFERENCES party(id),
    owner_of_id INTEGER REFERENCES party(id),
    industry_code TEXT,
    employees INTEGER CHECK (employees >= 0),
    revenue_wan TEXT,
    assets_wan TEXT,
    figures_year INTEGER,
    size_class TEXT CHECK (size_class IN ('large', 'medium', 'small', 'micro')),
    industry_group INTEGER,
    classification TEXT,
    segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
    segment_basis TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (kind = 'person' OR role IS NULL),
    CHECK (kind != 'person' OR (identifier_kind = 'resident-id' AND birth_date IS NOT NULL AND sex IS NOT NULL)),
    CHECK (kind = 'person' OR identifier_kind IS NULL OR identifier_kind = 'social-credit-code')
);
INSERT INTO party VALUES(1,'P-000001','enterprise','杭州利达五金制品有限公司','913301060000008ANU','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C3311',18,'175.45',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 18 is below the small threshold 20 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(2,'P-000002','enterprise','广州同创百货有限公司','91330106000000GJ5W','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'F5211',279,'17490.86',NULL,2025,'medium',5,'Retail (group 5, 零售业): employees 279 ≥ 50 and operating revenue 17490.86 万元 ≥ 500 reach every medium threshold, but employees 279 < 300 misses large → medium','other','enterprise classified medium',1766656800,1766656800);
INSERT INTO party VALUES(3,'P-000003','enterprise','长沙鑫源企业管理咨询有限公司','91510107000000QRKG','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'L7212',4,'1283.90','96.07',2025,'micro',15,'Leasing and business services (group 15, 租赁和商务服务业): employees 4 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(4,'P-000004','enterprise','广州佳乐五金制品有限公司','91110105000001222N','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C3311',11,'182.07',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 11 is below the small threshold 20 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(5,'P-000005','enterprise','西安益民五金制品有限公司','91320106000001A9GN','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C3311',1,'96.53',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 1 is below the small threshold 20 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(6,'P-000006','enterprise','武汉益民餐饮管理有限公司','91320106000001JGYN','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'H6210',6,'22.49',NULL,2025,'micro',10,'Catering (group 10, 餐饮业): employees 6 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(7,'P-000007','enterprise','武汉鑫源酒店管理有限公司','91370202000001TQDP','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'H6110',5,'36.79',NULL,2025,'micro',9,'Accommodation (group 9, 住宿业): employees 5 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(8,'P-000008','enterprise','广州益民软件科技有限公司','9144010600000240UK','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'I6510',6,'47.22',NULL,2025,'micro',12,'Software and IT services (group 12, 软件和信息技术服务业): employees 6 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(9,'P-000009','enterprise','长沙华宇家政服务有限公司','91440305000002C8AG','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'O8011',1,'495.63',NULL,2025,'micro',16,'Other industries not listed (group 16, 其他未列明行业): employees 1 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(10,'P-000010','enterprise','青岛鑫源木业有限公司','91370202000002LFQM','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C2110',786,'23685.09',NULL,2025,'medium',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 786 ≥ 300 and operating revenue 23685.09 万元 ≥ 2000 reach every medium threshold, but employees 786 < 1000 misses large → medium','other','enterprise classified medium',1766656800,1766656800);
INSERT INTO party VALUES(11,'P-000011','enterprise','广州瑞丰百货有限公司','91370202000002WP7N','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'F5211',9,'71.64',NULL,2025,'micro',5,'Retail (group 5, 零售业): employees 9 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(12,'P-000012','enterprise','苏州天成软件科技有限公司','913301060000035YM2','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'I6510',94,'956.39',NULL,2025,'small',12,'Software and IT services (group 12, 软件和信息技术服务业): employees 94 ≥ 10 and operating revenue 956.39 万元 ≥ 50 reach every small threshold, but employees 94 < 100 misses medium → small','small-enterprise','enterprise classified small',1766656800,1766656800);
INSERT INTO party VALUES(13,'P-000013','enterprise','长沙永盛商贸有限公司','91330106000003E74Q','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'F5129',14,'1681.91',NULL,2025,'small',4,'Wholesale (group 4, 批发业): employees 14 ≥ 5 and operating revenue 1681.91 万元 ≥ 1000 reach every small threshold, but employees 14 < 20 misses medium → small','small-enterprise','enterprise classified small',1766656800,1766656800);
INSERT INTO party VALUES(14,'P-000014','enterprise','宁波华宇服饰有限公司','91440305000003NEJF','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C1810',224,'519.29',NULL,2025,'small',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 224 ≥ 20 and operating revenue 519.29 万元 ≥ 300 reach every small threshold, but employees 224 < 300 misses medium → small','small-enterprise','enterprise classified small',1766656800,1766656800);
INSERT INTO party VALUES(15,'P-000015','enterprise','杭州天成服饰有限公司','91610113000003YN1R','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C1810',198,'428.32',NULL,2025,'small',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 198 ≥ 20 and operating revenue 428.32 万元 ≥ 300 reach every small threshold, but employees 198 < 300 misses medium → small','small-enterprise','enterprise classified small',1766656800,1766656800);
INSERT INTO party VALUES(16,'P-000016','enterprise','上海嘉禾酒店管理有限公司','914401060000047XFU','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'H6110',7,'84.24',NULL,2025,'micro',9,'Accommodation (group 9, 住宿业): employees 7 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(17,'P-000017','enterprise','长沙益民服饰有限公司','91440305000004G5XD','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C1810',6,'285.78',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 6 is below the small threshold 20 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(18,'P-000018','enterprise','苏州佳乐餐饮管理有限公司','91440305000004QDCE','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'H6210',1,'35.74',NULL,2025,'micro',10,'Catering (group 10, 餐饮业): employees 1 is below the small threshold 10 → micro','micro-enterprise','enterprise classified micro',1766656800,1766656800);
INSERT INTO party VALUES(19,'P-000019','individual-business','武昌区林记家政服务部','921101050000051LWX','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'O8011',5,'2864.62',NULL,2025,'micro',16,'Other industries not listed (group 16, 其他未列明行业): employees 5 is below the small threshold 10 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(20,'P-000020','individual-business','西湖区吴记木器加工坊','925101070000059WBN','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C2110',8,NULL,NULL,2025,NULL,2,'unclassifiable: needs operating revenue (Industry (mining, manufacturing, utilities) (group 2, 工业))','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(21,'P-000021','individual-business','徐汇区陈记家政服务部','92610113000005J4RQ','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'O8011',2,'96.86',NULL,2025,'micro',16,'Other industries not listed (group 16, 其他未列明行业): employees 2 is below the small threshold 10 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(22,'P-000022','individual-business','武昌区何记咨询工作室','92330106000005TC8R','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'L7212',5,'2007.60','16.03',2023,'micro',15,'Leasing and business services (group 15, 租赁和商务服务业): employees 5 is below the small threshold 10 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(23,'P-000023','individual-business','鼓楼区朱记咨询工作室','924201060000063KNK','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'L7212',4,'960.09','43.22',2025,'micro',15,'Leasing and business services (group 15, 租赁和商务服务业): employees 4 is below the small threshold 10 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(24,'P-000024','individual-business','武昌区何记木器加工坊','92440305000006BU5Q','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C2110',4,'34.85',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 4 is below the small threshold 20 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(25,'P-000025','individual-business','雁塔区何记制衣坊','92330106000006L3KP','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'C1810',8,'47.31',NULL,2025,'micro',2,'Industry (mining, manufacturing, utilities) (group 2, 工业): employees 8 is below the small threshold 20 → micro','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(26,'P-000026','individual-business','天河区郭记小吃店','92440106000006WB2K','social-credit-code',NULL,NULL,NULL,NULL,NULL,NULL,'H6210',1,NULL,NULL,2025,NULL,10,'unclassifiable: needs operating revenue (Catering (group 10, 餐饮业))','individual-business','individual business (个体工商户)',1766656800,1766656800);
INSERT INTO party VALUES(27,'P-000027','person','朱敏','330106196910049805','resident-id','1969-10-04','female','13725155574','employee',4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000004 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(28,'P-000028','person','何军','610113198103080267','resident-id','1981-03-08','female','13063438440',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'other','person with no small-business role',1766656800,1766656800);
INSERT INTO party VALUES(29,'P-000029','person','何娟','320106198202020697','resident-id','1982-02-02','male','13144014072',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'other','person with no small-business role',1766656800,1766656800);
INSERT INTO party VALUES(30,'P-000030','person','张平','31010420031101075X','resident-id','2003-11-01','male','13272805263',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'other','person with no small-business role',1766656800,1766656800);
INSERT INTO party VALUES(31,'P-000031','person','黄超','32010619911221146X','resident-id','1991-12-21','female','13596624160','employee',7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000007 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(32,'P-000032','person','周艳','310104197606251732','resident-id','1976-06-25','male','13912315423','employee',6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000006 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(33,'P-000033','person','胡艳','320106198906161949','resident-id','1989-06-16','female','13517672360','employee',7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000007 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(34,'P-000034','person','林杰','51010719920128235X','resident-id','1992-01-28','male','13159026352','flexible-worker',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'flexible-worker','flexible worker (灵活就业人员)',1766656800,1766656800);
INSERT INTO party VALUES(35,'P-000035','person','林晓燕','330106197903052621','resident-id','1979-03-05','female','13783066379',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'other','person with no small-business role',1766656800,1766656800);
INSERT INTO party VALUES(36,'P-000036','person','刘华','440106197702023045','resident-id','1977-02-02','female','13010192702','employee',9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000009 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(37,'P-000037','person','陈磊','320106197301293418','resident-id','1973-01-29','male','13839439793','employee',4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000004 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(38,'P-000038','person','周芳','440305197301203744','resident-id','1973-01-20','female','13014753621','employee',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000001 (micro-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(39,'P-000039','person','王秀英','320106200003214122','resident-id','2000-03-21','female','13427651105','business-owner',NULL,15,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'business-owner','owner of P-000015 (small-enterprise)',1766656800,1766656800);
INSERT INTO party VALUES(40,'P-000040','person','朱伟','370202198203254566','resident-id','1982-03-25','female','13875685297','employee',9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'employee','employee of P-000009 (micro-enterprise)',1766656800,1766656800);
CREATE TABLE application (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    product_version_id INTEGER NOT NULL REFERENCES product_version(id),
    line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
    holder_id INTEGER NOT NULL REFERENCES party(id),
    segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    frequency TEXT NOT NULL,
    premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
    sum_insured_fen INTEGER NOT NULL CHECK (sum_insured_fen >= 0),
    quote TEXT NOT NULL,
    risk TEXT NOT NULL,
    documents_provided TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'refer', 'decline')),
    status TEXT NOT NULL CHECK (status IN ('issued', 'referred', 'declined')),
    fired_rules TEXT NOT NULL,
    required_documents TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    applied_by TEXT NOT NULL,
    decided_at INTEGER,
    decided_by TEXT,
    decision_note TEXT,
    CHECK ((status = 'referred') = (decided_at IS NULL))
);
INSERT INTO application VALUES(1,'A-2026-000001',3,'health',34,'flexible-worker','2026-10-25','2027-10-24','monthly',34200,300000000,'{"asOf":"2026-10-25","coverages":[{"amount":"3000000.00","code":"INPATIENT","coverFrom":"2026-11-24","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"3000000.00","code":"CRITICAL","coverFrom":"2027-01-23","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-10-24","facts":{"keys":{"health-declaration":["normal"],"plan":["premium"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["3000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"342.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-11-24 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2027-01-23 are not covered"],"premium":"342.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-10-25","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "premium"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1792449761,'broker.online',1792449761,'rules',NULL);
INSERT INTO application VALUES(2,'A-2026-000002',6,'property',14,'small-enterprise','2026-08-18','2027-08-17','quarterly',80850,37000000,'{"asOf":"2026-08-18","coverages":[{"amount":"360000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"688.50"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-08-17","facts":{"keys":{"construction":["class-3"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["360000.00"]}},"line":"property","notes":[],"premium":"808.50","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-08-18","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "360000", "occupancy": "light-workshop", "construction": "class-3", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 2, "theftSumInsured": "10000"}','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]','accept','issued','[]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1786716327,'clerk.ma',1786716327,'rules',NULL);
INSERT INTO application VALUES(3,'A-2026-000003',4,'liability',14,'small-enterprise','2026-01-23','2027-01-22','quarterly',617610,600000000,'{"asOf":"2026-01-23","coverages":[{"aggregateLimit":"6000000.00","amount":"2000000.00","code":"PUBLIC","deductible":"500.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"6176.10"}],"endDate":"2027-01-22","facts":{"keys":{"industry-hazard-class":["4"]},"numbers":{"annual-revenue":["5190000.00"],"employees":["224"],"sum-insured":["2000000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 2000000.00 × 3 per policy year"],"premium":"6176.10","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-01-23","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "4", "annualRevenue": "5190000", "employees": 224, "publicLimit": "2000000", "deductible": "500"}','["application-form","business-licence","employee-list","financial-statement"]','refer','issued','[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}]','["application-form","business-licence","employee-list","financial-statement"]',1768620668,'clerk.ma',1768849707,'li.na','reviewed');
INSERT INTO application VALUES(4,'A-2026-000004',4,'liability',8,'micro-enterprise','2026-04-10','2027-04-09','quarterly',50000,60000000,'{"asOf":"2026-04-10","coverages":[{"aggregateLimit":"600000.00","amount":"200000.00","code":"PUBLIC","deductible":"1000.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"44.65"}],"endDate":"2027-04-09","facts":{"keys":{"industry-hazard-class":["1"]},"numbers":{"annual-revenue":["470000.00"],"employees":["6"],"sum-insured":["200000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 200000.00 × 3 per policy year"],"premium":"500.00","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-04-10","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "1", "annualRevenue": "470000", "employees": 6, "publicLimit": "200000", "deductible": "1000"}','["application-form","business-licence","employee-list"]','accept','issued','[]','["application-form","business-licence","employee-list"]',1775270946,'clerk.ma',1775270946,'rules',NULL);
INSERT INTO application VALUES(5,'A-2026-000005',4,'liability',25,'individual-business','2026-09-16','2027-09-15','annual',61523,600000000,'{"asOf":"2026-09-16","coverages":[{"aggregateLimit":"6000000.00","amount":"2000000.00","code":"PUBLIC","deductible":"0.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"615.23"}],"endDate":"2027-09-15","facts":{"keys":{"industry-hazard-class":["4"]},"numbers":{"annual-revenue":["470000.00"],"employees":["8"],"sum-insured":["2000000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 2000000.00 × 3 per policy year"],"premium":"615.23","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-09-16","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "4", "annualRevenue": "470000", "employees": 8, "publicLimit": "2000000", "deductible": "0"}','["application-form","business-licence","employee-list"]','refer','issued','[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}]','["application-form","business-licence","employee-list"]',1789195996,'broker.online',1789394966,'li.na','reviewed');
INSERT INTO application VALUES(6,'A-2026-000006',3,'health',34,'flexible-worker','2026-09-27','2027-09-26','monthly',34200,300000000,'{"asOf":"2026-09-27","coverages":[{"amount":"3000000.00","code":"INPATIENT","coverFrom":"2026-10-27","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"3000000.00","code":"CRITICAL","coverFrom":"2026-12-26","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-09-26","facts":{"keys":{"health-declaration":["normal"],"plan":["premium"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["3000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"342.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-10-27 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2026-12-26 are not covered"],"premium":"342.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-09-27","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "premium"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1790314956,'clerk.xu',1790314956,'rules',NULL);
INSERT INTO application VALUES(7,'A-2026-000007',2,'export-credit',4,'micro-enterprise','2026-10-27','2027-10-26','quarterly',2289100,266000000,'{"asOf":"2026-10-27","buyers":[{"country":"FR","countryClass":"HI","creditPeriodDays":45,"declaredTurnover":"1600000.00","limit":"300000.00","name":"Buyer 1 FR","paymentTerms":"OA","premium":"2048.00","rate":"0.00128","requestedLimit":"300000.00"},{"country":"BR","countryClass":"4","creditPeriodDays":30,"declaredTurnover":"1600000.00","limit":"1300000.00","name":"Buyer 2 BR","paymentTerms":"DP","premium":"2560.00","rate":"0.00160","requestedLimit":"1300000.00"},{"country":"ID","countryClass":"3","creditPeriodDays":150,"declaredTurnover":"4700000.00","limit":"2400000.00","name":"Buyer 3 ID","paymentTerms":"OA","premium":"18283.00","rate":"0.00389","requestedLimit":"2400000.00"}],"coverages":[{"aggregateLimit":"2660000.00","amount":"2660000.00","code":"COMMERCIAL","indemnityPercent":"90","name":{"en":"Commercial risk (buyer insolvency, protracted default, repudiation)","zh":"商业风险（买方破产、拖欠、拒收）"}},{"aggregateLimit":"2660000.00","amount":"2660000.00","code":"POLITICAL","indemnityPercent":"90","name":{"en":"Political risk (transfer restriction, war, cancelled import licence)","zh":"政治风险（禁止汇兑、战争、进口许可撤销）"}}],"endDate":"2027-10-26","facts":{"keys":{"buyer-country":["FR","BR","ID"],"buyer-country-class":["HI","4","3"],"payment-terms":["OA","DP","OA"]},"numbers":{"annual-exports":["16000000.00"],"buyer-credit-limit":["300000.00","1300000.00","2400000.00"],"credit-period-days":["45","30","150"],"insured-turnover":["7900000.00"],"sum-insured":["2660000.00"]}},"line":"export-credit","notes":["COMMERCIAL: losses indemnified at 90%","POLITICAL: losses indemnified at 90%"],"premium":"22891.00","productCode":"PH-EXCR-SME","productVersion":1,"startDate":"2026-10-27","tableVersions":["export-credit-rate@2026-01-01"],"worksheet":[]}','{"annualExports": "16000000", "maximumLiability": "2660000", "buyers": [{"name": "Buyer 1 FR", "country": "FR", "countryClass": "HI", "paymentTerms": "OA", "creditPeriodDays": 45, "declaredTurnover": "1600000", "creditLimit": "300000"}, {"name": "Buyer 2 BR", "country": "BR", "countryClass": "4", "paymentTerms": "DP", "creditPeriodDays": 30, "declaredTurnover": "1600000", "creditLimit": "1300000"}, {"name": "Buyer 3 ID", "country": "ID", "countryClass": "3", "paymentTerms": "OA", "creditPeriodDays": 150, "declaredTurnover": "4700000", "creditLimit": "2400000"}]}','["application-form","business-licence","export-record","buyer-list"]','refer','issued','[{"action":"refer","code":"UW-EXCR-LIMIT","fact":"buyer-credit-limit","reason":{"en":"Credit limit above 2,000,000 yuan requested for one buyer","zh":"单一买方信用限额申请超过200万元，需人工审批"},"test":"above 2000000","value":"2400000"}]','["application-form","business-licence","export-record","buyer-list"]',1792867094,'broker.online',1793024216,'wang.qiang','reviewed');
INSERT INTO application VALUES(8,'A-2026-000008',4,'liability',5,'micro-enterprise','2026-07-05','2027-07-04','monthly',99560,160000000,'{"asOf":"2026-07-05","coverages":[{"aggregateLimit":"600000.00","amount":"200000.00","code":"PUBLIC","deductible":"1000.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"387.60"},{"aggregateLimit":"1000000.00","amount":"1000000.00","code":"EMPLOYER","name":{"en":"Employer''s liability (limit per employee for death and disability)","zh":"雇主责任（每人死亡伤残赔偿限额）"},"premium":"608.00"}],"endDate":"2027-07-04","facts":{"keys":{"industry-hazard-class":["4"]},"numbers":{"annual-revenue":["960000.00"],"employees":["1"],"employer-limit":["1000000.00"],"sum-insured":["200000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 200000.00 × 3 per policy year"],"premium":"995.60","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-07-05","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "4", "annualRevenue": "960000", "employees": 1, "publicLimit": "200000", "deductible": "1000", "employerLimit": "1000000"}','["application-form","business-licence","employee-list"]','accept','issued','[]','["application-form","business-licence","employee-list"]',1782879875,'clerk.ma',1782879875,'rules',NULL);
INSERT INTO application VALUES(9,'A-2026-000009',6,'property',15,'small-enterprise','2026-03-02','2027-03-01','annual',93813,79000000,'{"asOf":"2026-03-02","coverages":[{"amount":"790000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"938.13"}],"endDate":"2027-03-01","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["790000.00"]}},"line":"property","notes":[],"premium":"938.13","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-03-02","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "790000", "occupancy": "light-workshop", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 2}','["application-form","business-licence","property-schedule","fire-inspection"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Photos of the premises","zh":"投保资料不全：经营场所照片"},"test":"required for small-enterprise","value":"premises-photos"}]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1771987390,'clerk.xu',1772007801,'zhang.wei','reviewed');
INSERT INTO application VALUES(10,'A-2026-000010',4,'liability',22,'individual-business','2026-10-04','2027-10-03','monthly',503640,700000000,'{"asOf":"2026-10-04","coverages":[{"aggregateLimit":"3000000.00","amount":"1000000.00","code":"PUBLIC","deductible":"0.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"4415.40"},{"aggregateLimit":"4000000.00","amount":"800000.00","code":"EMPLOYER","name":{"en":"Employer''s liability (limit per employee for death and disability)","zh":"雇主责任（每人死亡伤残赔偿限额）"},"premium":"621.00"}],"endDate":"2027-10-03","facts":{"keys":{"industry-hazard-class":["1"]},"numbers":{"annual-revenue":["20070000.00"],"employees":["5"],"employer-limit":["800000.00"],"sum-insured":["1000000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 1000000.00 × 3 per policy year"],"premium":"5036.40","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-10-04","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "1", "annualRevenue": "20070000", "employees": 5, "publicLimit": "1000000", "deductible": "0", "employerLimit": "800000"}','["application-form","business-licence","employee-list"]','accept','issued','[]','["application-form","business-licence","employee-list"]',1790875945,'broker.online',1790875945,'rules',NULL);
INSERT INTO application VALUES(11,'A-2026-000011',5,'pension',39,'business-owner','2026-03-07','2066-03-06','annual',240000,13087463,'{"asOf":"2026-03-07","coverages":[{"amount":"130874.63","code":"ACCOUNT","name":{"en":"Pension annuity bought by the account value, 10 years guaranteed","zh":"养老年金（账户价值转换，保证领取10年）"},"premium":"2400.00"}],"endDate":"2066-03-06","facts":{"keys":{"sex":["female"]},"numbers":{"annual-contribution":["2400.00"],"insured-age":["25"],"retirement-age":["65"],"sum-insured":["96000.00"],"years-to-retirement":["40"]}},"insuredPersons":[{"age":25,"index":1,"party":"P-000039","premium":"2400.00","sex":"female"}],"line":"pension","notes":["The premium shown is the first policy year''s planned contributions (monthly); the illustrative rate is not guaranteed"],"pension":{"annuityFactor":"19.906087536232","bases":[{"accountAtRetirement":"130874.63","monthlyAnnuity":"547.88","name":"guaranteed","rate":"0.015"},{"accountAtRetirement":"184528.04","monthlyAnnuity":"772.49","name":"illustrative","rate":"0.030"}],"entryAge":25,"guaranteedYears":10,"retirementAge":65,"totalContributions":"96000.00","years":40},"premium":"2400.00","productCode":"PH-PENS-FLEX","productVersion":1,"startDate":"2026-03-07","tableVersions":["mortality-cl2010-2013","pension-crediting-rate@2026-01-01"],"worksheet":[]}','{"retirementAge": 65, "contributionAmount": "200", "contributionFrequency": "monthly"}','["application-form","identity-document","flexible-work-proof"]','accept','issued','[]','["application-form","identity-document","flexible-work-proof"]',1772393044,'clerk.ma',1772393044,'rules',NULL);
INSERT INTO application VALUES(12,'A-2026-000012',2,'export-credit',13,'small-enterprise','2026-08-31','2027-08-30','annual',200000,188000000,'{"asOf":"2026-08-31","buyers":[{"country":"FR","countryClass":"HI","creditPeriodDays":45,"declaredTurnover":"1000000.00","limit":"900000.00","name":"Buyer 1 FR","paymentTerms":"OA","premium":"1280.00","rate":"0.00128","requestedLimit":"900000.00"}],"coverages":[{"aggregateLimit":"1880000.00","amount":"1880000.00","code":"COMMERCIAL","indemnityPercent":"90","name":{"en":"Commercial risk (buyer insolvency, protracted default, repudiation)","zh":"商业风险（买方破产、拖欠、拒收）"}},{"aggregateLimit":"1880000.00","amount":"1880000.00","code":"POLITICAL","indemnityPercent":"90","name":{"en":"Political risk (transfer restriction, war, cancelled import licence)","zh":"政治风险（禁止汇兑、战争、进口许可撤销）"}}],"endDate":"2027-08-30","facts":{"keys":{"buyer-country":["FR"],"buyer-country-class":["HI"],"payment-terms":["OA"]},"numbers":{"annual-exports":["35000000.00"],"buyer-credit-limit":["900000.00"],"credit-period-days":["45"],"insured-turnover":["1000000.00"],"sum-insured":["1880000.00"]}},"line":"export-credit","notes":["COMMERCIAL: losses indemnified at 90%","POLITICAL: losses indemnified at 90%"],"premium":"2000.00","productCode":"PH-EXCR-SME","productVersion":1,"startDate":"2026-08-31","tableVersions":["export-credit-rate@2026-01-01"],"worksheet":[]}','{"annualExports": "35000000", "maximumLiability": "1880000", "buyers": [{"name": "Buyer 1 FR", "country": "FR", "countryClass": "HI", "paymentTerms": "OA", "creditPeriodDays": 45, "declaredTurnover": "1000000", "creditLimit": "900000"}]}','["application-form","business-licence","export-record","buyer-list"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Export statistics for the last two years","zh":"投保资料不全：近两年出口统计"},"test":"required for small-enterprise","value":"export-statistics"}]','["application-form","business-licence","export-record","buyer-list","export-statistics"]',1788069293,'clerk.ma',1788309665,'wang.qiang','reviewed');
INSERT INTO application VALUES(13,'A-2026-000013',6,'property',21,'individual-business','2026-06-27','2027-06-26','quarterly',42000,16000000,'{"asOf":"2026-06-27","coverages":[{"amount":"150000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"300.00"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-06-26","facts":{"keys":{"construction":["class-3"],"fire-protection":["none"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["150000.00"]}},"line":"property","notes":[],"premium":"420.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-27","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "150000", "occupancy": "office", "construction": "class-3", "fireProtection": "none", "deductible": "2000", "claimsLast3Years": 2, "theftSumInsured": "10000"}','["application-form"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for individual-business","value":"business-licence"}]','["application-form","business-licence"]',1782239685,'clerk.ma',1782300685,'zhang.wei','reviewed');
INSERT INTO application VALUES(14,'A-2026-000014',4,'liability',13,'small-enterprise','2026-09-01','2027-08-31','monthly',474758,760000000,'{"asOf":"2026-09-01","coverages":[{"aggregateLimit":"600000.00","amount":"200000.00","code":"PUBLIC","deductible":"2000.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"2647.58"},{"aggregateLimit":"7000000.00","amount":"500000.00","code":"EMPLOYER","name":{"en":"Employer''s liability (limit per employee for death and disability)","zh":"雇主责任（每人死亡伤残赔偿限额）"},"premium":"2100.00"}],"endDate":"2027-08-31","facts":{"keys":{"industry-hazard-class":["2"]},"numbers":{"annual-revenue":["16810000.00"],"employees":["14"],"employer-limit":["500000.00"],"sum-insured":["200000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 200000.00 × 3 per policy year"],"premium":"4747.58","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-09-01","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "2", "annualRevenue": "16810000", "employees": 14, "publicLimit": "200000", "deductible": "2000", "employerLimit": "500000"}','["application-form","business-licence","employee-list","financial-statement"]','accept','issued','[]','["application-form","business-licence","employee-list","financial-statement"]',1787433594,'clerk.ma',1787433594,'rules',NULL);
INSERT INTO application VALUES(15,'A-2026-000015',7,'term-life',7,'employee','2026-06-05','2046-06-04','annual',167732,97000000,'{"asOf":"2026-06-05","coverages":[{"amount":"970000.00","code":"DEATH","coverFrom":"2026-09-03","name":{"en":"Death or total disability benefit","zh":"身故或全残保险金"},"premium":"1677.32"}],"endDate":"2046-06-04","facts":{"keys":{"health-declaration":["normal"],"sex":["female"]},"numbers":{"expiry-age":["56"],"insured-age":["36"],"sum-insured":["970000.00"],"term-years":["20"]}},"insuredPersons":[{"age":36,"index":1,"party":"P-000033","premium":"1677.32","sex":"female"}],"line":"term-life","netPremium":"1227.99","notes":["Level annual premium payable for 20 years; cover ends 2046-06-04","90-day waiting period for death from illness (accidents covered at once); full cover from 2026-09-03"],"premium":"1677.32","productCode":"PH-TERM-KEY","productVersion":1,"startDate":"2026-06-05","tableVersions":["mortality-cl2010-2013"],"worksheet":[]}','{"sumInsured": "970000", "termYears": 20}','["application-form","identity-document","insurable-interest","income-proof"]','accept','issued','[]','["application-form","identity-document","insurable-interest","income-proof"]',1779983430,'clerk.ma',1779983430,'rules',NULL);
INSERT INTO application VALUES(16,'A-2026-000016',7,'term-life',9,'employee','2026-01-29','2046-01-28','annual',368115,69000000,'{"asOf":"2026-01-29","coverages":[{"amount":"690000.00","code":"DEATH","coverFrom":"2026-04-29","name":{"en":"Death or total disability benefit","zh":"身故或全残保险金"},"premium":"3681.15"}],"endDate":"2046-01-28","facts":{"keys":{"health-declaration":["normal"],"sex":["female"]},"numbers":{"expiry-age":["68"],"insured-age":["48"],"sum-insured":["690000.00"],"term-years":["20"]}},"insuredPersons":[{"age":48,"index":1,"party":"P-000036","premium":"3681.15","sex":"female"}],"line":"term-life","netPremium":"2730.86","notes":["Level annual premium payable for 20 years; cover ends 2046-01-28","90-day waiting period for death from illness (accidents covered at once); full cover from 2026-04-29"],"premium":"3681.15","productCode":"PH-TERM-KEY","productVersion":1,"startDate":"2026-01-29","tableVersions":["mortality-cl2010-2013"],"worksheet":[]}','{"sumInsured": "690000", "termYears": 20}','["application-form","identity-document","insurable-interest","income-proof"]','accept','issued','[]','["application-form","identity-document","insurable-interest","income-proof"]',1769337063,'clerk.xu',1769337063,'rules',NULL);
INSERT INTO application VALUES(17,'A-2026-000017',6,'property',17,'micro-enterprise','2026-05-18','2027-05-17','annual',73530,86000000,'{"asOf":"2026-05-18","coverages":[{"amount":"860000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"735.30"}],"endDate":"2027-05-17","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["860000.00"]}},"line":"property","notes":[],"premium":"735.30","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-05-18","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "860000", "occupancy": "light-workshop", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 0}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1778992252,'clerk.ma',1778992252,'rules',NULL);
INSERT INTO application VALUES(18,'A-2026-000018',6,'property',19,'individual-business','2026-06-30','2027-06-29','quarterly',56304,184000000,'{"asOf":"2026-06-30","coverages":[{"amount":"1840000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"563.04"}],"endDate":"2027-06-29","facts":{"keys":{"construction":["class-1"],"fire-protection":["sprinklers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["1840000.00"]}},"line":"property","notes":[],"premium":"563.04","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-30","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1840000", "occupancy": "office", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "2000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1782009180,'broker.online',1782009180,'rules',NULL);
INSERT INTO application VALUES(19,'A-2026-000019',3,'health',34,'flexible-worker','2026-11-05','2027-11-04','annual',34200,300000000,'{"asOf":"2026-11-05","coverages":[{"amount":"3000000.00","code":"INPATIENT","coverFrom":"2026-12-05","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"3000000.00","code":"CRITICAL","coverFrom":"2027-02-03","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-11-04","facts":{"keys":{"health-declaration":["normal"],"plan":["premium"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["3000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"342.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-12-05 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2027-02-03 are not covered"],"premium":"342.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-11-05","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "premium"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1793090126,'clerk.ma',1793090126,'rules',NULL);
INSERT INTO application VALUES(20,'A-2026-000020',3,'health',34,'flexible-worker','2026-07-09','2027-07-08','monthly',29500,200000000,'{"asOf":"2026-07-09","coverages":[{"amount":"2000000.00","code":"INPATIENT","coverFrom":"2026-08-08","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"2000000.00","code":"CRITICAL","coverFrom":"2026-10-07","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-07-08","facts":{"keys":{"health-declaration":["normal"],"plan":["standard"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["2000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"295.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-08-08 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2026-10-07 are not covered"],"premium":"295.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-07-09","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "standard"}','["application-form","business-licence"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Insured person''s identity card","zh":"投保资料不全：被保险人身份证"},"test":"required for flexible-worker","value":"identity-document"}]','["application-form","identity-document","business-licence"]',1783214513,'clerk.ma',1783336431,'zhang.wei','reviewed');
INSERT INTO application VALUES(21,'A-2026-000021',6,'property',14,'small-enterprise','2026-01-24','2027-01-23','quarterly',30000,21000000,'{"asOf":"2026-01-24","coverages":[{"amount":"210000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"300.00"}],"endDate":"2027-01-23","facts":{"keys":{"construction":["class-2"],"fire-protection":["sprinklers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["210000.00"]}},"line":"property","notes":[],"premium":"300.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-01-24","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "210000", "occupancy": "light-workshop", "construction": "class-2", "fireProtection": "sprinklers", "deductible": "2000", "claimsLast3Years": 0}','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]','accept','issued','[]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1768699482,'broker.online',1768699482,'rules',NULL);
INSERT INTO application VALUES(22,'A-2026-000022',5,'pension',39,'business-owner','2026-05-21','2062-05-20','monthly',4000000,190021036,'{"asOf":"2026-05-21","coverages":[{"amount":"1900210.36","code":"ACCOUNT","name":{"en":"Pension annuity bought by the account value, 10 years guaranteed","zh":"养老年金（账户价值转换，保证领取10年）"},"premium":"40000.00"}],"endDate":"2062-05-20","facts":{"keys":{"sex":["female"]},"numbers":{"annual-contribution":["40000.00"],"insured-age":["26"],"retirement-age":["62"],"sum-insured":["1440000.00"],"years-to-retirement":["36"]}},"insuredPersons":[{"age":26,"index":1,"party":"P-000039","premium":"40000.00","sex":"female"}],"line":"pension","notes":["The premium shown is the first policy year''s planned contributions (annual); the illustrative rate is not guaranteed"],"pension":{"annuityFactor":"21.581371292463","bases":[{"accountAtRetirement":"1900210.36","monthlyAnnuity":"7337.39","name":"guaranteed","rate":"0.015"},{"accountAtRetirement":"2580899.30","monthlyAnnuity":"9965.77","name":"illustrative","rate":"0.030"}],"entryAge":26,"guaranteedYears":10,"retirementAge":62,"totalContributions":"1440000.00","years":36},"premium":"40000.00","productCode":"PH-PENS-FLEX","productVersion":1,"startDate":"2026-05-21","tableVersions":["mortality-cl2010-2013","pension-crediting-rate@2026-01-01"],"worksheet":[]}','{"retirementAge": 62, "contributionAmount": "40000", "contributionFrequency": "annual"}','["application-form","flexible-work-proof"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Identity card","zh":"投保资料不全：身份证"},"test":"required for business-owner","value":"identity-document"}]','["application-form","identity-document","flexible-work-proof"]',1779268022,'clerk.xu',1779517329,'wang.qiang','reviewed');
INSERT INTO application VALUES(23,'A-2026-000023',6,'property',21,'individual-business','2026-09-14','2027-09-13','annual',54000,34000000,'{"asOf":"2026-09-14","coverages":[{"amount":"320000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"300.00"},{"amount":"20000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"240.00"}],"endDate":"2027-09-13","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["320000.00"]}},"line":"property","notes":[],"premium":"540.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-09-14","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "320000", "occupancy": "office", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1788569198,'clerk.xu',1788569198,'rules',NULL);
INSERT INTO application VALUES(24,'A-2026-000024',6,'property',21,'individual-business','2026-02-26','2027-02-25','quarterly',70091,217000000,'{"asOf":"2026-02-26","coverages":[{"amount":"2170000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"700.91"}],"endDate":"2027-02-25","facts":{"keys":{"construction":["class-1"],"fire-protection":["sprinklers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["2170000.00"]}},"line":"property","notes":[],"premium":"700.91","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-02-26","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2170000", "occupancy": "office", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "1000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1771178076,'clerk.ma',1771178076,'rules',NULL);
INSERT INTO application VALUES(25,'A-2026-000025',6,'property',26,'individual-business','2026-04-03','2027-04-02','annual',165701,143000000,'{"asOf":"2026-04-03","coverages":[{"amount":"1420000.00","code":"PROPERTY","deductible":"5000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1537.01"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-04-02","facts":{"keys":{"construction":["class-2"],"fire-protection":["none"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["1420000.00"]}},"line":"property","notes":[],"premium":"1657.01","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-04-03","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1420000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "none", "deductible": "5000", "claimsLast3Years": 1, "theftSumInsured": "10000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1775217882,'clerk.xu',1775217882,'rules',NULL);
INSERT INTO application VALUES(26,'A-2026-000026',2,'export-credit',15,'small-enterprise','2026-07-01','2027-06-30','quarterly',1816000,198000000,'{"asOf":"2026-07-01","buyers":[{"country":"PK","countryClass":"7","creditPeriodDays":90,"declaredTurnover":"500000.00","limit":"1700000.00","name":"Buyer 1 PK","paymentTerms":"DA","premium":"3040.00","rate":"0.00608","requestedLimit":"1700000.00"},{"country":"ID","countryClass":"3","creditPeriodDays":120,"declaredTurnover":"4800000.00","limit":"1100000.00","name":"Buyer 2 ID","paymentTerms":"DA","premium":"12432.00","rate":"0.00259","requestedLimit":"1100000.00"},{"country":"IN","countryClass":"3","creditPeriodDays":120,"declaredTurnover":"1400000.00","limit":"200000.00","name":"Buyer 3 IN","paymentTerms":"DP","premium":"2688.00","rate":"0.00192","requestedLimit":"200000.00"}],"coverages":[{"aggregateLimit":"1980000.00","amount":"1980000.00","code":"COMMERCIAL","indemnityPercent":"90","name":{"en":"Commercial risk (buyer insolvency, protracted default, repudiation)","zh":"商业风险（买方破产、拖欠、拒收）"}},{"aggregateLimit":"1980000.00","amount":"1980000.00","code":"POLITICAL","indemnityPercent":"90","name":{"en":"Political risk (transfer restriction, war, cancelled import licence)","zh":"政治风险（禁止汇兑、战争、进口许可撤销）"}}],"endDate":"2027-06-30","facts":{"keys":{"buyer-country":["PK","ID","IN"],"buyer-country-class":["7","3","3"],"payment-terms":["DA","DA","DP"]},"numbers":{"annual-exports":["12000000.00"],"buyer-credit-limit":["1700000.00","1100000.00","200000.00"],"credit-period-days":["90","120","120"],"insured-turnover":["6700000.00"],"sum-insured":["1980000.00"]}},"line":"export-credit","notes":["COMMERCIAL: losses indemnified at 90%","POLITICAL: losses indemnified at 90%"],"premium":"18160.00","productCode":"PH-EXCR-SME","productVersion":1,"startDate":"2026-07-01","tableVersions":["export-credit-rate@2026-01-01"],"worksheet":[]}','{"annualExports": "12000000", "maximumLiability": "1980000", "buyers": [{"name": "Buyer 1 PK", "country": "PK", "countryClass": "7", "paymentTerms": "DA", "creditPeriodDays": 90, "declaredTurnover": "500000", "creditLimit": "1700000"}, {"name": "Buyer 2 ID", "country": "ID", "countryClass": "3", "paymentTerms": "DA", "creditPeriodDays": 120, "declaredTurnover": "4800000", "creditLimit": "1100000"}, {"name": "Buyer 3 IN", "country": "IN", "countryClass": "3", "paymentTerms": "DP", "creditPeriodDays": 120, "declaredTurnover": "1400000", "creditLimit": "200000"}]}','["application-form","business-licence","export-record","buyer-list","export-statistics"]','refer','issued','[{"action":"refer","code":"UW-EXCR-CLASS","fact":"buyer-country-class","reason":{"en":"Buyer country risk class 7 needs an underwriter","zh":"买方国家风险等级7，需人工核保"},"test":"in 7","value":"7"}]','["application-form","business-licence","export-record","buyer-list","export-statistics"]',1782879155,'clerk.ma',1783114410,'wang.qiang','reviewed');
INSERT INTO application VALUES(27,'A-2026-000027',6,'property',12,'small-enterprise','2026-01-20','2027-01-19','annual',81225,171000000,'{"asOf":"2026-01-20","coverages":[{"amount":"1710000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"812.25"}],"endDate":"2027-01-19","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["1710000.00"]}},"line":"property","notes":[],"premium":"812.25","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-01-20","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1710000", "occupancy": "office", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 2}','["application-form","property-schedule","premises-photos","fire-inspection"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for small-enterprise","value":"business-licence"}]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1768863442,'broker.online',1769000154,'zhang.wei','reviewed');
INSERT INTO application VALUES(28,'A-2026-000028',3,'health',34,'flexible-worker','2026-03-22','2027-03-21','annual',34200,300000000,'{"asOf":"2026-03-22","coverages":[{"amount":"3000000.00","code":"INPATIENT","coverFrom":"2026-04-21","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"3000000.00","code":"CRITICAL","coverFrom":"2026-06-20","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-03-21","facts":{"keys":{"health-declaration":["normal"],"plan":["premium"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["3000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"342.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-04-21 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2026-06-20 are not covered"],"premium":"342.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-03-22","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "premium"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1774079779,'broker.online',1774079779,'rules',NULL);
INSERT INTO application VALUES(29,'A-2026-000029',6,'property',3,'micro-enterprise','2026-11-04','2027-11-03','annual',101414,291000000,'{"asOf":"2026-11-04","coverages":[{"amount":"2910000.00","code":"PROPERTY","deductible":"5000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1014.14"}],"endDate":"2027-11-03","facts":{"keys":{"construction":["class-2"],"fire-protection":["sprinklers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["2910000.00"]}},"line":"property","notes":[],"premium":"1014.14","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-11-04","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2910000", "occupancy": "office", "construction": "class-2", "fireProtection": "sprinklers", "deductible": "5000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1793118364,'broker.online',1793118364,'rules',NULL);
INSERT INTO application VALUES(30,'A-2026-000030',3,'health',39,'business-owner','2026-05-28','2027-05-27','annual',21400,200000000,'{"asOf":"2026-05-28","coverages":[{"amount":"2000000.00","code":"INPATIENT","coverFrom":"2026-06-27","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"2000000.00","code":"CRITICAL","coverFrom":"2026-08-26","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-05-27","facts":{"keys":{"health-declaration":["normal"],"plan":["standard"],"sex":["female"]},"numbers":{"insured-age":["26"],"sum-insured":["2000000.00"]}},"insuredPersons":[{"age":26,"index":1,"party":"P-000039","premium":"214.00","sex":"female"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-06-27 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2026-08-26 are not covered"],"premium":"214.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-05-28","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "standard"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1779890971,'broker.online',1779890971,'rules',NULL);
INSERT INTO application VALUES(31,'A-2026-000031',6,'property',8,'micro-enterprise','2026-05-05','2027-05-04','annual',80940,142000000,'{"asOf":"2026-05-05","coverages":[{"amount":"1420000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"809.40"}],"endDate":"2027-05-04","facts":{"keys":{"construction":["class-2"],"fire-protection":["none"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["1420000.00"]}},"line":"property","notes":[],"premium":"809.40","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-05-05","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1420000", "occupancy": "office", "construction": "class-2", "fireProtection": "none", "deductible": "1000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1777657692,'clerk.ma',1777657692,'rules',NULL);
INSERT INTO application VALUES(32,'A-2026-000032',6,'property',4,'micro-enterprise','2026-03-06','2027-03-05','annual',235238,123000000,'{"asOf":"2026-03-06","coverages":[{"amount":"1230000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"2352.38"}],"endDate":"2027-03-05","facts":{"keys":{"construction":["class-3"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["1230000.00"]}},"line":"property","notes":[],"premium":"2352.38","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-03-06","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1230000", "occupancy": "light-workshop", "construction": "class-3", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 2}','["application-form"]','refer','declined','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for micro-enterprise","value":"business-licence"}]','["application-form","business-licence"]',1772332887,'clerk.xu',1772423138,'zhang.wei','outside appetite after review');
INSERT INTO application VALUES(33,'A-2026-000033',6,'property',11,'micro-enterprise','2026-05-01','2027-04-30','annual',113384,241000000,'{"asOf":"2026-05-01","coverages":[{"amount":"2410000.00","code":"PROPERTY","deductible":"5000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1133.84"}],"endDate":"2027-04-30","facts":{"keys":{"construction":["class-2"],"fire-protection":["sprinklers"],"occupancy":["retail-shop"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["2410000.00"]}},"line":"property","notes":[],"premium":"1133.84","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-05-01","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2410000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "sprinklers", "deductible": "5000", "claimsLast3Years": 0}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1776836190,'clerk.xu',1776836190,'rules',NULL);
INSERT INTO application VALUES(34,'A-2026-000034',6,'property',6,'micro-enterprise','2026-02-04','2027-02-03','annual',187000,136000000,'{"asOf":"2026-02-04","coverages":[{"amount":"1360000.00","code":"PROPERTY","deductible":"500.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1870.00"}],"endDate":"2027-02-03","facts":{"keys":{"construction":["class-2"],"fire-protection":["extinguishers"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["1360000.00"]}},"line":"property","notes":[],"premium":"1870.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-02-04","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1360000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "500", "claimsLast3Years": 2}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1770149036,'clerk.ma',1770149036,'rules',NULL);
INSERT INTO application VALUES(35,'A-2026-000035',6,'property',24,'individual-business','2026-03-10','2027-03-09','annual',79704,24000000,'{"asOf":"2026-03-10","coverages":[{"amount":"240000.00","code":"PROPERTY","deductible":"5000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"797.04"}],"endDate":"2027-03-09","facts":{"keys":{"construction":["class-4"],"fire-protection":["extinguishers"],"occupancy":["woodworking"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["240000.00"]}},"line":"property","notes":[],"premium":"797.04","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-03-10","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "240000", "occupancy": "woodworking", "construction": "class-4", "fireProtection": "extinguishers", "deductible": "5000", "claimsLast3Years": 0}','["application-form","business-licence"]','refer','issued','[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"}]','["application-form","business-licence"]',1772900844,'clerk.xu',1773019576,'zhang.wei','reviewed');
INSERT INTO application VALUES(36,'A-2026-000036',4,'liability',5,'micro-enterprise','2026-08-30','2027-08-29','quarterly',114240,600000000,'{"asOf":"2026-08-30","coverages":[{"aggregateLimit":"6000000.00","amount":"2000000.00","code":"PUBLIC","deductible":"500.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"1142.40"}],"endDate":"2027-08-29","facts":{"keys":{"industry-hazard-class":["4"]},"numbers":{"annual-revenue":["960000.00"],"employees":["1"],"sum-insured":["2000000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 2000000.00 × 3 per policy year"],"premium":"1142.40","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-08-30","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "4", "annualRevenue": "960000", "employees": 1, "publicLimit": "2000000", "deductible": "500"}','["application-form","business-licence","employee-list"]','refer','issued','[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}]','["application-form","business-licence","employee-list"]',1787662743,'clerk.ma',1787906213,'li.na','reviewed');
INSERT INTO application VALUES(37,'A-2026-000037',6,'property',7,'micro-enterprise','2026-05-14','2027-05-13','quarterly',196070,233000000,'{"asOf":"2026-05-14","coverages":[{"amount":"2330000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1960.70"}],"endDate":"2027-05-13","facts":{"keys":{"construction":["class-2"],"fire-protection":["sprinklers"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["2330000.00"]}},"line":"property","notes":[],"premium":"1960.70","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-05-14","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2330000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "sprinklers", "deductible": "2000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1778169156,'clerk.ma',1778169156,'rules',NULL);
INSERT INTO application VALUES(38,'A-2026-000038',6,'property',6,'micro-enterprise','2026-02-22','2027-02-21','annual',161400,167000000,'{"asOf":"2026-02-22","coverages":[{"amount":"1660000.00","code":"PROPERTY","deductible":"500.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1494.00"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-02-21","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["1660000.00"]}},"line":"property","notes":[],"premium":"1614.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-02-22","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1660000", "occupancy": "restaurant", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "500", "claimsLast3Years": 1, "theftSumInsured": "10000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1771383665,'clerk.ma',1771383665,'rules',NULL);
INSERT INTO application VALUES(39,'A-2026-000039',6,'property',1,'micro-enterprise','2026-07-03','2027-07-02','quarterly',417216,424000000,'{"asOf":"2026-07-03","coverages":[{"amount":"4240000.00","code":"PROPERTY","deductible":"5000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"4172.16"}],"endDate":"2027-07-02","facts":{"keys":{"construction":["class-1"],"fire-protection":["none"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["4240000.00"]}},"line":"property","notes":[],"premium":"4172.16","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-07-03","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "4240000", "occupancy": "light-workshop", "construction": "class-1", "fireProtection": "none", "deductible": "5000", "claimsLast3Years": 1}','["application-form","business-licence"]','refer','issued','[{"action":"refer","code":"UW-PROP-SI","fact":"sum-insured","reason":{"en":"Sum insured above the automatic limit of 3,000,000 yuan","zh":"保险金额超过300万元自动核保上限，需人工核保"},"test":"above 3000000","value":"4240000"}]','["application-form","business-licence"]',1782445131,'clerk.ma',1782455723,'zhang.wei','reviewed');
INSERT INTO application VALUES(40,'A-2026-000040',3,'health',34,'flexible-worker','2026-05-15','2027-05-14','annual',34200,300000000,'{"asOf":"2026-05-15","coverages":[{"amount":"3000000.00","code":"INPATIENT","coverFrom":"2026-06-14","deductible":"10000.00","indemnityPercent":"100","name":{"en":"Inpatient medical expenses","zh":"一般住院医疗"}},{"amount":"3000000.00","code":"CRITICAL","coverFrom":"2026-08-13","indemnityPercent":"100","name":{"en":"Critical illness inpatient expenses (no deductible)","zh":"重大疾病住院医疗（免赔额为0）"}}],"endDate":"2027-05-14","facts":{"keys":{"health-declaration":["normal"],"plan":["premium"],"sex":["male"]},"numbers":{"insured-age":["34"],"sum-insured":["3000000.00"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"342.00","sex":"male"}],"line":"health","notes":["INPATIENT: 30-day waiting period; illnesses that begin before 2026-06-14 are not covered","CRITICAL: 90-day waiting period; illnesses that begin before 2026-08-13 are not covered"],"premium":"342.00","productCode":"PH-HLTH-OWNER","productVersion":1,"startDate":"2026-05-15","tableVersions":["health-premium@2026-01-01"],"worksheet":[]}','{"plan": "premium"}','["application-form","identity-document","business-licence"]','accept','issued','[]','["application-form","identity-document","business-licence"]',1778036682,'clerk.ma',1778036682,'rules',NULL);
INSERT INTO application VALUES(41,'A-2026-000041',4,'liability',8,'micro-enterprise','2026-07-27','2027-07-26','monthly',92745,750000000,'{"asOf":"2026-07-27","coverages":[{"aggregateLimit":"1500000.00","amount":"500000.00","code":"PUBLIC","deductible":"2000.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"63.45"},{"aggregateLimit":"6000000.00","amount":"1000000.00","code":"EMPLOYER","name":{"en":"Employer''s liability (limit per employee for death and disability)","zh":"雇主责任（每人死亡伤残赔偿限额）"},"premium":"864.00"}],"endDate":"2027-07-26","facts":{"keys":{"industry-hazard-class":["1"]},"numbers":{"annual-revenue":["470000.00"],"employees":["6"],"employer-limit":["1000000.00"],"sum-insured":["500000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 500000.00 × 3 per policy year"],"premium":"927.45","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-07-27","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "1", "annualRevenue": "470000", "employees": 6, "publicLimit": "500000", "deductible": "2000", "employerLimit": "1000000"}','["application-form","business-licence","employee-list"]','accept','issued','[]','["application-form","business-licence","employee-list"]',1784751381,'clerk.xu',1784751381,'rules',NULL);
INSERT INTO application VALUES(42,'A-2026-000042',6,'property',14,'small-enterprise','2026-09-10','2027-09-09','quarterly',42000,30000000,'{"asOf":"2026-09-10","coverages":[{"amount":"290000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"300.00"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-09-09","facts":{"keys":{"construction":["class-2"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["290000.00"]}},"line":"property","notes":[],"premium":"420.00","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-09-10","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "290000", "occupancy": "light-workshop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 0, "theftSumInsured": "10000"}','["application-form","business-licence","property-schedule","fire-inspection"]','refer','issued','[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Photos of the premises","zh":"投保资料不全：经营场所照片"},"test":"required for small-enterprise","value":"premises-photos"}]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1789053763,'clerk.xu',1789219716,'zhang.wei','reviewed');
INSERT INTO application VALUES(43,'A-2026-000043',5,'pension',34,'flexible-worker','2026-10-07','2052-10-06','annual',480000,15200067,'{"asOf":"2026-10-07","coverages":[{"amount":"152000.67","code":"ACCOUNT","name":{"en":"Pension annuity bought by the account value, 10 years guaranteed","zh":"养老年金（账户价值转换，保证领取10年）"},"premium":"4800.00"}],"endDate":"2052-10-06","facts":{"keys":{"sex":["male"]},"numbers":{"annual-contribution":["4800.00"],"insured-age":["34"],"retirement-age":["60"],"sum-insured":["124800.00"],"years-to-retirement":["26"]}},"insuredPersons":[{"age":34,"index":1,"party":"P-000034","premium":"4800.00","sex":"male"}],"line":"pension","notes":["The premium shown is the first policy year''s planned contributions (monthly); the illustrative rate is not guaranteed"],"pension":{"annuityFactor":"20.347465627228","bases":[{"accountAtRetirement":"152000.67","monthlyAnnuity":"622.52","name":"guaranteed","rate":"0.015"},{"accountAtRetirement":"188700.18","monthlyAnnuity":"772.82","name":"illustrative","rate":"0.030"}],"entryAge":34,"guaranteedYears":10,"retirementAge":60,"totalContributions":"124800.00","years":26},"premium":"4800.00","productCode":"PH-PENS-FLEX","productVersion":1,"startDate":"2026-10-07","tableVersions":["mortality-cl2010-2013","pension-crediting-rate@2026-01-01"],"worksheet":[]}','{"retirementAge": 60, "contributionAmount": "400", "contributionFrequency": "monthly"}','["application-form","identity-document","flexible-work-proof"]','accept','issued','[]','["application-form","identity-document","flexible-work-proof"]',1790609095,'broker.online',1790609095,'rules',NULL);
INSERT INTO application VALUES(44,'A-2026-000044',4,'liability',11,'micro-enterprise','2026-01-15','2027-01-14','annual',50000,300000000,'{"asOf":"2026-01-15","coverages":[{"aggregateLimit":"3000000.00","amount":"1000000.00","code":"PUBLIC","deductible":"0.00","name":{"en":"Public liability (limit per occurrence)","zh":"公众责任（每次事故赔偿限额）"},"premium":"273.35"}],"endDate":"2027-01-14","facts":{"keys":{"industry-hazard-class":["2"]},"numbers":{"annual-revenue":["710000.00"],"employees":["9"],"sum-insured":["1000000.00"]}},"line":"liability","notes":["Public liability aggregate limit: 1000000.00 × 3 per policy year"],"premium":"500.00","productCode":"PH-LIAB-MICRO","productVersion":1,"startDate":"2026-01-15","tableVersions":["liability-deductible-factor@2026-01-01","liability-employer-rate@2026-01-01","liability-limit-factor@2026-01-01","liability-public-rate@2026-01-01"],"worksheet":[]}','{"industryHazardClass": "2", "annualRevenue": "710000", "employees": 9, "publicLimit": "1000000", "deductible": "0"}','["application-form","business-licence","employee-list"]','accept','issued','[]','["application-form","business-licence","employee-list"]',1767756100,'broker.online',1767756100,'rules',NULL);
INSERT INTO application VALUES(45,'A-2026-000045',6,'property',23,'individual-business','2026-02-22','2027-02-21','quarterly',185484,204000000,'{"asOf":"2026-02-22","coverages":[{"amount":"2020000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1614.84"},{"amount":"20000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"240.00"}],"endDate":"2027-02-21","facts":{"keys":{"construction":["class-4"],"fire-protection":["sprinklers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["2020000.00"]}},"line":"property","notes":[],"premium":"1854.84","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-02-22","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2020000", "occupancy": "office", "construction": "class-4", "fireProtection": "sprinklers", "deductible": "1000", "claimsLast3Years": 0, "theftSumInsured": "20000"}','["application-form","business-licence"]','refer','issued','[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"}]','["application-form","business-licence"]',1770933067,'broker.online',1771182749,'zhang.wei','reviewed');
INSERT INTO application VALUES(46,'A-2026-000046',6,'property',11,'micro-enterprise','2026-10-31','2027-10-30','annual',250715,282000000,'{"asOf":"2026-10-31","coverages":[{"amount":"2770000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"1907.15"},{"amount":"50000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"600.00"}],"endDate":"2027-10-30","facts":{"keys":{"construction":["class-3"],"fire-protection":["sprinklers"],"occupancy":["retail-shop"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["2770000.00"]}},"line":"property","notes":[],"premium":"2507.15","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-10-31","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2770000", "occupancy": "retail-shop", "construction": "class-3", "fireProtection": "sprinklers", "deductible": "2000", "claimsLast3Years": 0, "theftSumInsured": "50000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1792850738,'clerk.ma',1792850738,'rules',NULL);
INSERT INTO application VALUES(47,'A-2026-000047',6,'property',7,'micro-enterprise','2026-03-22','2027-03-21','annual',295980,281000000,'{"asOf":"2026-03-22","coverages":[{"amount":"2760000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"2359.80"},{"amount":"50000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"600.00"}],"endDate":"2027-03-21","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["2760000.00"]}},"line":"property","notes":[],"premium":"2959.80","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-03-22","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2760000", "occupancy": "restaurant", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "50000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1773688683,'broker.online',1773688683,'rules',NULL);
INSERT INTO application VALUES(48,'A-2026-000048',6,'property',18,'micro-enterprise','2026-06-08','2027-06-07','quarterly',57510,71000000,'{"asOf":"2026-06-08","coverages":[{"amount":"710000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"575.10"}],"endDate":"2027-06-07","facts":{"keys":{"construction":["class-1"],"fire-protection":["extinguishers"],"occupancy":["restaurant"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["710000.00"]}},"line":"property","notes":[],"premium":"575.10","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-08","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "710000", "occupancy": "restaurant", "construction": "class-1", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1780794962,'clerk.ma',1780794962,'rules',NULL);
INSERT INTO application VALUES(49,'A-2026-000049',6,'property',4,'micro-enterprise','2026-03-13','2027-03-12','annual',109031,70000000,'{"asOf":"2026-03-13","coverages":[{"amount":"690000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"970.31"},{"amount":"10000.00","code":"THEFT","deductible":"500.00","deductiblePercent":"10","name":{"en":"Burglary and robbery (extension)","zh":"盗抢损失（附加）"},"premium":"120.00"}],"endDate":"2027-03-12","facts":{"keys":{"construction":["class-2"],"fire-protection":["extinguishers"],"occupancy":["light-workshop"]},"numbers":{"claims-last-3-years":["2"],"sum-insured":["690000.00"]}},"line":"property","notes":[],"premium":"1090.31","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-03-13","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "690000", "occupancy": "light-workshop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 2, "theftSumInsured": "10000"}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1773398165,'clerk.ma',1773398165,'rules',NULL);
INSERT INTO application VALUES(50,'A-2026-000050',6,'property',22,'individual-business','2026-10-05','2027-10-04','annual',58425,123000000,'{"asOf":"2026-10-05","coverages":[{"amount":"1230000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"584.25"}],"endDate":"2027-10-04","facts":{"keys":{"construction":["class-2"],"fire-protection":["extinguishers"],"occupancy":["office"]},"numbers":{"claims-last-3-years":["1"],"sum-insured":["1230000.00"]}},"line":"property","notes":[],"premium":"584.25","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-10-05","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "1230000", "occupancy": "office", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1790587932,'broker.online',1790587932,'rules',NULL);
INSERT INTO application VALUES(51,'A-2026-000051',6,'property',13,'small-enterprise','2026-06-23','2027-06-22','quarterly',73062,41000000,'{"asOf":"2026-06-23","coverages":[{"amount":"410000.00","code":"PROPERTY","deductible":"2000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"730.62"}],"endDate":"2027-06-22","facts":{"keys":{"construction":["class-4"],"fire-protection":["extinguishers"],"occupancy":["warehouse"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["410000.00"]}},"line":"property","notes":[],"premium":"730.62","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-23","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "410000", "occupancy": "warehouse", "construction": "class-4", "fireProtection": "extinguishers", "deductible": "2000", "claimsLast3Years": 0}','["application-form","business-licence","property-schedule","premises-photos"]','refer','declined','[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"},{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Fire safety inspection certificate","zh":"投保资料不全：消防安全检查合格证明"},"test":"required for small-enterprise","value":"fire-inspection"}]','["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]',1781751818,'clerk.ma',1781813785,'zhang.wei','outside appetite after review');
INSERT INTO application VALUES(52,'A-2026-000052',6,'property',20,'individual-business','2026-06-06','2027-06-05','annual',282560,216000000,'{"asOf":"2026-06-06","coverages":[{"amount":"2160000.00","code":"PROPERTY","deductible":"1000.00","name":{"en":"Material damage to fit-out, equipment and stock","zh":"财产损失（房屋装修、机器设备、存货）"},"premium":"2825.60"}],"endDate":"2027-06-05","facts":{"keys":{"construction":["class-1"],"fire-protection":["sprinklers"],"occupancy":["woodworking"]},"numbers":{"claims-last-3-years":["0"],"sum-insured":["2160000.00"]}},"line":"property","notes":[],"premium":"2825.60","productCode":"PH-PROP-SHOP","productVersion":1,"startDate":"2026-06-06","tableVersions":["property-base-rate@2026-01-01","property-deductible-factor@2026-01-01","property-fire-protection-factor@2026-01-01","property-loss-history-factor@2026-01-01"],"worksheet":[]}','{"sumInsured": "2160000", "occupancy": "woodworking", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "1000", "claimsLast3Years": 0}','["application-form","business-licence"]','accept','issued','[]','["application-form","business-licence"]',1780451829,'clerk.ma',1780451829,'rules',NULL);
CREATE TABLE application_insured (
    application_id INTEGER NOT NULL REFERENCES application(id),
    position INTEGER NOT NULL,
    party_id INTEGER NOT NULL REFERENCES party(id),
    PRIMARY KEY (application_id, position)
) WITHOUT ROWID;
INSERT INTO application_insured VALUES(1,1,34);
INSERT INTO application_insured VALUES(6,1,34);
INSERT INTO application_insured VALUES(11,1,39);
INSERT INTO application_insured VALUES(15,1,33);
INSERT INTO application_insured VALUES(16,1,36);
INSERT INTO application_insured VALUES(19,1,34);
INSERT INTO application_insured VALUES(20,1,34);
INSERT INTO application_insured VALUES(22,1,39);
INSERT INTO application_insured VALUES(28,1,34);
INSERT INTO application_insured VALUES(30,1,39);
INSERT INTO application_insured VALUES(40,1,34);
INSERT INTO application_insured VALUES(43,1,34);
CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    application_id INTEGER NOT NULL UNIQUE REFERENCES application(id),
    product_version_id INTEGER NOT NULL REFERENCES product_version(id),
    line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
    holder_id INTEGER NOT NULL REFERENCES party(id),
    segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
    sum_insured_fen INTEGER NOT NULL CHECK (sum_insured_fen >= 0),
    frequency TEXT NOT NULL,
    insured_persons INTEGER NOT NULL CHECK (insured_persons >= 0),
    status TEXT NOT NULL CHECK (status IN ('in-force', 'cancelled')),
    issued_at INTEGER NOT NULL,
    cancelled_on TEXT,
    cancel_refund_fen INTEGER,
    cancelled_at INTEGER,
    CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL)),
    CHECK (cancelled_on IS NULL OR (cancelled_on >= start_date AND cancelled_on <= end_date))
);
INSERT INTO policy VALUES(1,'PL-2026-000001',1,3,'health',34,'flexible-worker','2026-10-25','2027-10-24',34200,300000000,'monthly',1,'in-force',1792449761,NULL,NULL,NULL);
INSERT INTO policy VALUES(2,'PL-2026-000002',2,6,'property',14,'small-enterprise','2026-08-18','2027-08-17',80850,37000000,'quarterly',0,'in-force',1786716327,NULL,NULL,NULL);
INSERT INTO policy VALUES(3,'PL-2026-000003',4,4,'liability',8,'micro-enterprise','2026-04-10','2027-04-09',50000,60000000,'quarterly',0,'in-force',1775270946,NULL,NULL,NULL);
INSERT INTO policy VALUES(4,'PL-2026-000004',6,3,'health',34,'flexible-worker','2026-09-27','2027-09-26',34200,300000000,'monthly',1,'in-force',1790314956,NULL,NULL,NULL);
INSERT INTO policy VALUES(5,'PL-2026-000005',8,4,'liability',5,'micro-enterprise','2026-07-05','2027-07-04',99560,160000000,'monthly',0,'in-force',1782879875,NULL,NULL,NULL);
INSERT INTO policy VALUES(6,'PL-2026-000006',10,4,'liability',22,'individual-business','2026-10-04','2027-10-03',503640,700000000,'monthly',0,'in-force',1790875945,NULL,NULL,NULL);
INSERT INTO policy VALUES(7,'PL-2026-000007',11,5,'pension',39,'business-owner','2026-03-07','2066-03-06',240000,13087463,'annual',1,'in-force',1772393044,NULL,NULL,NULL);
INSERT INTO policy VALUES(8,'PL-2026-000008',14,4,'liability',13,'small-enterprise','2026-09-01','2027-08-31',474758,760000000,'monthly',0,'in-force',1787433594,NULL,NULL,NULL);
INSERT INTO policy VALUES(9,'PL-2026-000009',15,7,'term-life',7,'employee','2026-06-05','2046-06-04',167732,97000000,'annual',1,'in-force',1779983430,NULL,NULL,NULL);
INSERT INTO policy VALUES(10,'PL-2026-000010',16,7,'term-life',9,'employee','2026-01-29','2046-01-28',368115,69000000,'annual',1,'in-force',1769337063,NULL,NULL,NULL);
INSERT INTO policy VALUES(11,'PL-2026-000011',17,6,'property',17,'micro-enterprise','2026-05-18','2027-05-17',73530,86000000,'annual',0,'in-force',1778992252,NULL,NULL,NULL);
INSERT INTO policy VALUES(12,'PL-2026-000012',18,6,'property',19,'individual-business','2026-06-30','2027-06-29',56304,184000000,'quarterly',0,'in-force',1782009180,NULL,NULL,NULL);
INSERT INTO policy VALUES(13,'PL-2026-000013',19,3,'health',34,'flexible-worker','2026-11-05','2027-11-04',34200,300000000,'annual',1,'in-force',1793090126,NULL,NULL,NULL);
INSERT INTO policy VALUES(14,'PL-2026-000014',21,6,'property',14,'small-enterprise','2026-01-24','2027-01-23',30000,21000000,'quarterly',0,'in-force',1768699482,NULL,NULL,NULL);
INSERT INTO policy VALUES(15,'PL-2026-000015',23,6,'property',21,'individual-business','2026-09-14','2027-09-13',54000,34000000,'annual',0,'in-force',1788569198,NULL,NULL,NULL);
INSERT INTO policy VALUES(16,'PL-2026-000016',24,6,'property',21,'individual-business','2026-02-26','2027-02-25',70091,217000000,'quarterly',0,'in-force',1771178076,NULL,NULL,NULL);
INSERT INTO policy VALUES(17,'PL-2026-000017',25,6,'property',26,'individual-business','2026-04-03','2027-04-02',165701,143000000,'annual',0,'in-force',1775217882,NULL,NULL,NULL);
INSERT INTO policy VALUES(18,'PL-2026-000018',28,3,'health',34,'flexible-worker','2026-03-22','2027-03-21',34200,300000000,'annual',1,'in-force',1774079779,NULL,NULL,NULL);
INSERT INTO policy VALUES(19,'PL-2026-000019',29,6,'property',3,'micro-enterprise','2026-11-04','2027-11-03',101414,291000000,'annual',0,'in-force',1793118364,NULL,NULL,NULL);
INSERT INTO policy VALUES(20,'PL-2026-000020',30,3,'health',39,'business-owner','2026-05-28','2027-05-27',21400,200000000,'annual',1,'in-force',1779890971,NULL,NULL,NULL);
INSERT INTO policy VALUES(21,'PL-2026-000021',31,6,'property',8,'micro-enterprise','2026-05-05','2027-05-04',80940,142000000,'annual',0,'in-force',1777657692,NULL,NULL,NULL);
INSERT INTO policy VALUES(22,'PL-2026-000022',33,6,'property',11,'micro-enterprise','2026-05-01','2027-04-30',113384,241000000,'annual',0,'in-force',1776836190,NULL,NULL,NULL);
INSERT INTO policy VALUES(23,'PL-2026-000023',34,6,'property',6,'micro-enterprise','2026-02-04','2027-02-03',187000,136000000,'annual',0,'in-force',1770149036,NULL,NULL,NULL);
INSERT INTO policy VALUES(24,'PL-2026-000024',37,6,'property',7,'micro-enterprise','2026-05-14','2027-05-13',196070,233000000,'quarterly',0,'in-force',1778169156,NULL,NULL,NULL);
INSERT INTO policy VALUES(25,'PL-2026-000025',38,6,'property',6,'micro-enterprise','2026-02-22','2027-02-21',161400,167000000,'annual',0,'in-force',1771383665,NULL,NULL,NULL);
INSERT INTO policy VALUES(26,'PL-2026-000026',40,3,'health',34,'flexible-worker','2026-05-15','2027-05-14',34200,300000000,'annual',1,'in-force',1778036682,NULL,NULL,NULL);
INSERT INTO policy VALUES(27,'PL-2026-000027',41,4,'liability',8,'micro-enterprise','2026-07-27','2027-07-26',92745,750000000,'monthly',0,'in-force',1784751381,NULL,NULL,NULL);
INSERT INTO policy VALUES(28,'PL-2026-000028',43,5,'pension',34,'flexible-worker','2026-10-07','2052-10-06',480000,15200067,'annual',1,'in-force',1790609095,NULL,NULL,NULL);
INSERT INTO policy VALUES(29,'PL-2026-000029',44,4,'liability',11,'micro-enterprise','2026-01-15','2027-01-14',50000,300000000,'annual',0,'in-force',1767756100,NULL,NULL,NULL);
INSERT INTO policy VALUES(30,'PL-2026-000030',46,6,'property',11,'micro-enterprise','2026-10-31','2027-10-30',250715,282000000,'annual',0,'in-force',1792850738,NULL,NULL,NULL);
INSERT INTO policy VALUES(31,'PL-2026-000031',47,6,'property',7,'micro-enterprise','2026-03-22','2027-03-21',295980,281000000,'annual',0,'in-force',1773688683,NULL,NULL,NULL);
INSERT INTO policy VALUES(32,'PL-2026-000032',48,6,'property',18,'micro-enterprise','2026-06-08','2027-06-07',57510,71000000,'quarterly',0,'in-force',1780794962,NULL,NULL,NULL);
INSERT INTO policy VALUES(33,'PL-2026-000033',49,6,'property',4,'micro-enterprise','2026-03-13','2027-03-12',109031,70000000,'annual',0,'in-force',1773398165,NULL,NULL,NULL);
INSERT INTO policy VALUES(34,'PL-2026-000034',50,6,'property',22,'individual-business','2026-10-05','2027-10-04',58425,123000000,'annual',0,'in-force',1790587932,NULL,NULL,NULL);
INSERT INTO policy VALUES(35,'PL-2026-000035',52,6,'property',20,'individual-business','2026-06-06','2027-06-05',282560,216000000,'annual',0,'in-force',1780451829,NULL,NULL,NULL);
INSERT INTO policy VALUES(36,'PL-2026-000036',3,4,'liability',14,'small-enterprise','2026-01-23','2027-01-22',617610,600000000,'quarterly',0,'in-force',1768849707,NULL,NULL,NULL);
INSERT INTO policy VALUES(37,'PL-2026-000037',5,4,'liability',25,'individual-business','2026-09-16','2027-09-15',61523,600000000,'annual',0,'in-force',1789394966,NULL,NULL,NULL);
INSERT INTO policy VALUES(38,'PL-2026-000038',7,2,'export-credit',4,'micro-enterprise','2026-10-27','2027-10-26',2289100,266000000,'quarterly',0,'in-force',1793024216,NULL,NULL,NULL);
INSERT INTO policy VALUES(39,'PL-2026-000039',9,6,'property',15,'small-enterprise','2026-03-02','2027-03-01',93813,79000000,'annual',0,'in-force',1772007801,NULL,NULL,NULL);
INSERT INTO policy VALUES(40,'PL-2026-000040',12,2,'export-credit',13,'small-enterprise','2026-08-31','2027-08-30',200000,188000000,'annual',0,'in-force',1788309665,NULL,NULL,NULL);
INSERT INTO policy VALUES(41,'PL-2026-000041',13,6,'property',21,'individual-business','2026-06-27','2027-06-26',42000,16000000,'quarterly',0,'in-force',1782300685,NULL,NULL,NULL);
INSERT INTO policy VALUES(42,'PL-2026-000042',20,3,'health',34,'flexible-worker','2026-07-09','2027-07-08',29500,200000000,'monthly',1,'in-force',1783336431,NULL,NULL,NULL);
INSERT INTO policy VALUES(43,'PL-2026-000043',22,5,'pension',39,'business-owner','2026-05-21','2062-05-20',4000000,190021036,'monthly',1,'in-force',1779517329,NULL,NULL,NULL);
INSERT INTO policy VALUES(44,'PL-2026-000044',26,2,'export-credit',15,'small-enterprise','2026-07-01','2027-06-30',1816000,198000000,'quarterly',0,'in-force',1783114410,NULL,NULL,NULL);
INSERT INTO policy VALUES(45,'PL-2026-000045',27,6,'property',12,'small-enterprise','2026-01-20','2027-01-19',81225,171000000,'annual',0,'in-force',1769000154,NULL,NULL,NULL);
INSERT INTO policy VALUES(46,'PL-2026-000046',35,6,'property',24,'individual-business','2026-03-10','2027-03-09',79704,24000000,'annual',0,'in-force',1773019576,NULL,NULL,NULL);
INSERT INTO policy VALUES(47,'PL-2026-000047',36,4,'liability',5,'micro-enterprise','2026-08-30','2027-08-29',114240,600000000,'quarterly',0,'in-force',1787906213,NULL,NULL,NULL);
INSERT INTO policy VALUES(48,'PL-2026-000048',39,6,'property',1,'micro-enterprise','2026-07-03','2027-07-02',417216,424000000,'quarterly',0,'in-force',1782455723,NULL,NULL,NULL);
INSERT INTO policy VALUES(49,'PL-2026-000049',42,6,'property',14,'small-enterprise','2026-09-10','2027-09-09',42000,30000000,'quarterly',0,'in-force',1789219716,NULL,NULL,NULL);
INSERT INTO policy VALUES(50,'PL-2026-000050',45,6,'property',23,'individual-business','2026-02-22','2027-02-21',185484,204000000,'quarterly',0,'in-force',1771182749,NULL,NULL,NULL);
CREATE TABLE policy_coverage (
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    code TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    deductible_fen INTEGER,
    deductible_percent TEXT,
    indemnity_percent TEXT,
    cover_from TEXT,
    aggregate_fen INTEGER,
    premium_fen INTEGER,
    PRIMARY KEY (policy_id, code)
) WITHOUT ROWID;
INSERT INTO policy_coverage VALUES(1,'CRITICAL',300000000,NULL,NULL,'100','2027-01-23',NULL,NULL);
INSERT INTO policy_coverage VALUES(1,'INPATIENT',300000000,1000000,NULL,'100','2026-11-24',NULL,NULL);
INSERT INTO policy_coverage VALUES(2,'PROPERTY',36000000,200000,NULL,NULL,NULL,NULL,68850);
INSERT INTO policy_coverage VALUES(2,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(3,'PUBLIC',20000000,100000,NULL,NULL,NULL,60000000,4465);
INSERT INTO policy_coverage VALUES(4,'CRITICAL',300000000,NULL,NULL,'100','2026-12-26',NULL,NULL);
INSERT INTO policy_coverage VALUES(4,'INPATIENT',300000000,1000000,NULL,'100','2026-10-27',NULL,NULL);
INSERT INTO policy_coverage VALUES(5,'EMPLOYER',100000000,NULL,NULL,NULL,NULL,100000000,60800);
INSERT INTO policy_coverage VALUES(5,'PUBLIC',20000000,100000,NULL,NULL,NULL,60000000,38760);
INSERT INTO policy_coverage VALUES(6,'EMPLOYER',80000000,NULL,NULL,NULL,NULL,400000000,62100);
INSERT INTO policy_coverage VALUES(6,'PUBLIC',100000000,0,NULL,NULL,NULL,300000000,441540);
INSERT INTO policy_coverage VALUES(7,'ACCOUNT',13087463,NULL,NULL,NULL,NULL,NULL,240000);
INSERT INTO policy_coverage VALUES(8,'EMPLOYER',50000000,NULL,NULL,NULL,NULL,700000000,210000);
INSERT INTO policy_coverage VALUES(8,'PUBLIC',20000000,200000,NULL,NULL,NULL,60000000,264758);
INSERT INTO policy_coverage VALUES(9,'DEATH',97000000,NULL,NULL,NULL,'2026-09-03',NULL,167732);
INSERT INTO policy_coverage VALUES(10,'DEATH',69000000,NULL,NULL,NULL,'2026-04-29',NULL,368115);
INSERT INTO policy_coverage VALUES(11,'PROPERTY',86000000,100000,NULL,NULL,NULL,NULL,73530);
INSERT INTO policy_coverage VALUES(12,'PROPERTY',184000000,200000,NULL,NULL,NULL,NULL,56304);
INSERT INTO policy_coverage VALUES(13,'CRITICAL',300000000,NULL,NULL,'100','2027-02-03',NULL,NULL);
INSERT INTO policy_coverage VALUES(13,'INPATIENT',300000000,1000000,NULL,'100','2026-12-05',NULL,NULL);
INSERT INTO policy_coverage VALUES(14,'PROPERTY',21000000,200000,NULL,NULL,NULL,NULL,30000);
INSERT INTO policy_coverage VALUES(15,'PROPERTY',32000000,100000,NULL,NULL,NULL,NULL,30000);
INSERT INTO policy_coverage VALUES(15,'THEFT',2000000,50000,'10',NULL,NULL,NULL,24000);
INSERT INTO policy_coverage VALUES(16,'PROPERTY',217000000,100000,NULL,NULL,NULL,NULL,70091);
INSERT INTO policy_coverage VALUES(17,'PROPERTY',142000000,500000,NULL,NULL,NULL,NULL,153701);
INSERT INTO policy_coverage VALUES(17,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(18,'CRITICAL',300000000,NULL,NULL,'100','2026-06-20',NULL,NULL);
INSERT INTO policy_coverage VALUES(18,'INPATIENT',300000000,1000000,NULL,'100','2026-04-21',NULL,NULL);
INSERT INTO policy_coverage VALUES(19,'PROPERTY',291000000,500000,NULL,NULL,NULL,NULL,101414);
INSERT INTO policy_coverage VALUES(20,'CRITICAL',200000000,NULL,NULL,'100','2026-08-26',NULL,NULL);
INSERT INTO policy_coverage VALUES(20,'INPATIENT',200000000,1000000,NULL,'100','2026-06-27',NULL,NULL);
INSERT INTO policy_coverage VALUES(21,'PROPERTY',142000000,100000,NULL,NULL,NULL,NULL,80940);
INSERT INTO policy_coverage VALUES(22,'PROPERTY',241000000,500000,NULL,NULL,NULL,NULL,113384);
INSERT INTO policy_coverage VALUES(23,'PROPERTY',136000000,50000,NULL,NULL,NULL,NULL,187000);
INSERT INTO policy_coverage VALUES(24,'PROPERTY',233000000,200000,NULL,NULL,NULL,NULL,196070);
INSERT INTO policy_coverage VALUES(25,'PROPERTY',166000000,50000,NULL,NULL,NULL,NULL,149400);
INSERT INTO policy_coverage VALUES(25,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(26,'CRITICAL',300000000,NULL,NULL,'100','2026-08-13',NULL,NULL);
INSERT INTO policy_coverage VALUES(26,'INPATIENT',300000000,1000000,NULL,'100','2026-06-14',NULL,NULL);
INSERT INTO policy_coverage VALUES(27,'EMPLOYER',100000000,NULL,NULL,NULL,NULL,600000000,86400);
INSERT INTO policy_coverage VALUES(27,'PUBLIC',50000000,200000,NULL,NULL,NULL,150000000,6345);
INSERT INTO policy_coverage VALUES(28,'ACCOUNT',15200067,NULL,NULL,NULL,NULL,NULL,480000);
INSERT INTO policy_coverage VALUES(29,'PUBLIC',100000000,0,NULL,NULL,NULL,300000000,27335);
INSERT INTO policy_coverage VALUES(30,'PROPERTY',277000000,200000,NULL,NULL,NULL,NULL,190715);
INSERT INTO policy_coverage VALUES(30,'THEFT',5000000,50000,'10',NULL,NULL,NULL,60000);
INSERT INTO policy_coverage VALUES(31,'PROPERTY',276000000,100000,NULL,NULL,NULL,NULL,235980);
INSERT INTO policy_coverage VALUES(31,'THEFT',5000000,50000,'10',NULL,NULL,NULL,60000);
INSERT INTO policy_coverage VALUES(32,'PROPERTY',71000000,200000,NULL,NULL,NULL,NULL,57510);
INSERT INTO policy_coverage VALUES(33,'PROPERTY',69000000,200000,NULL,NULL,NULL,NULL,97031);
INSERT INTO policy_coverage VALUES(33,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(34,'PROPERTY',123000000,100000,NULL,NULL,NULL,NULL,58425);
INSERT INTO policy_coverage VALUES(35,'PROPERTY',216000000,100000,NULL,NULL,NULL,NULL,282560);
INSERT INTO policy_coverage VALUES(36,'PUBLIC',200000000,50000,NULL,NULL,NULL,600000000,617610);
INSERT INTO policy_coverage VALUES(37,'PUBLIC',200000000,0,NULL,NULL,NULL,600000000,61523);
INSERT INTO policy_coverage VALUES(38,'COMMERCIAL',266000000,NULL,NULL,'90',NULL,266000000,NULL);
INSERT INTO policy_coverage VALUES(38,'POLITICAL',266000000,NULL,NULL,'90',NULL,266000000,NULL);
INSERT INTO policy_coverage VALUES(39,'PROPERTY',79000000,100000,NULL,NULL,NULL,NULL,93813);
INSERT INTO policy_coverage VALUES(40,'COMMERCIAL',188000000,NULL,NULL,'90',NULL,188000000,NULL);
INSERT INTO policy_coverage VALUES(40,'POLITICAL',188000000,NULL,NULL,'90',NULL,188000000,NULL);
INSERT INTO policy_coverage VALUES(41,'PROPERTY',15000000,200000,NULL,NULL,NULL,NULL,30000);
INSERT INTO policy_coverage VALUES(41,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(42,'CRITICAL',200000000,NULL,NULL,'100','2026-10-07',NULL,NULL);
INSERT INTO policy_coverage VALUES(42,'INPATIENT',200000000,1000000,NULL,'100','2026-08-08',NULL,NULL);
INSERT INTO policy_coverage VALUES(43,'ACCOUNT',190021036,NULL,NULL,NULL,NULL,NULL,4000000);
INSERT INTO policy_coverage VALUES(44,'COMMERCIAL',198000000,NULL,NULL,'90',NULL,198000000,NULL);
INSERT INTO policy_coverage VALUES(44,'POLITICAL',198000000,NULL,NULL,'90',NULL,198000000,NULL);
INSERT INTO policy_coverage VALUES(45,'PROPERTY',171000000,100000,NULL,NULL,NULL,NULL,81225);
INSERT INTO policy_coverage VALUES(46,'PROPERTY',24000000,500000,NULL,NULL,NULL,NULL,79704);
INSERT INTO policy_coverage VALUES(47,'PUBLIC',200000000,50000,NULL,NULL,NULL,600000000,114240);
INSERT INTO policy_coverage VALUES(48,'PROPERTY',424000000,500000,NULL,NULL,NULL,NULL,417216);
INSERT INTO policy_coverage VALUES(49,'PROPERTY',29000000,200000,NULL,NULL,NULL,NULL,30000);
INSERT INTO policy_coverage VALUES(49,'THEFT',1000000,50000,'10',NULL,NULL,NULL,12000);
INSERT INTO policy_coverage VALUES(50,'PROPERTY',202000000,100000,NULL,NULL,NULL,NULL,161484);
INSERT INTO policy_coverage VALUES(50,'THEFT',2000000,50000,'10',NULL,NULL,NULL,24000);
CREATE TABLE policy_insured (
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    position INTEGER NOT NULL,
    party_id INTEGER NOT NULL REFERENCES party(id),
    premium_fen INTEGER NOT NULL,
    PRIMARY KEY (policy_id, position)
) WITHOUT ROWID;
INSERT INTO policy_insured VALUES(1,1,34,34200);
INSERT INTO policy_insured VALUES(4,1,34,34200);
INSERT INTO policy_insured VALUES(7,1,39,240000);
INSERT INTO policy_insured VALUES(9,1,33,167732);
INSERT INTO policy_insured VALUES(10,1,36,368115);
INSERT INTO policy_insured VALUES(13,1,34,34200);
INSERT INTO policy_insured VALUES(18,1,34,34200);
INSERT INTO policy_insured VALUES(20,1,39,21400);
INSERT INTO policy_insured VALUES(26,1,34,34200);
INSERT INTO policy_insured VALUES(28,1,34,480000);
INSERT INTO policy_insured VALUES(42,1,34,29500);
INSERT INTO policy_insured VALUES(43,1,39,4000000);
CREATE TABLE policy_instalment (
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    due_date TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (policy_id, number)
) WITHOUT ROWID;
INSERT INTO policy_instalment VALUES(1,1,'2026-10-25',2850);
INSERT INTO policy_instalment VALUES(1,2,'2026-11-25',2850);
INSERT INTO policy_instalment VALUES(1,3,'2026-12-25',2850);
INSERT INTO policy_instalment VALUES(1,4,'2027-01-25',2850);
INSERT INTO policy_instalment VALUES(1,5,'2027-02-25',2850);
INSERT INTO policy_instalment VALUES(1,6,'2027-03-25',2850);
INSERT INTO policy_instalment VALUES(1,7,'2027-04-25',2850);
INSERT INTO policy_instalment VALUES(1,8,'2027-05-25',2850);
INSERT INTO policy_instalment VALUES(1,9,'2027-06-25',2850);
INSERT INTO policy_instalment VALUES(1,10,'2027-07-25',2850);
INSERT INTO policy_instalment VALUES(1,11,'2027-08-25',2850);
INSERT INTO policy_instalment VALUES(1,12,'2027-09-25',2850);
INSERT INTO policy_instalment VALUES(2,1,'2026-08-18',20214);
INSERT INTO policy_instalment VALUES(2,2,'2026-11-18',20212);
INSERT INTO policy_instalment VALUES(2,3,'2027-02-18',20212);
INSERT INTO policy_instalment VALUES(2,4,'2027-05-18',20212);
INSERT INTO policy_instalment VALUES(3,1,'2026-04-10',12500);
INSERT INTO policy_instalment VALUES(3,2,'2026-07-10',12500);
INSERT INTO policy_instalment VALUES(3,3,'2026-10-10',12500);
INSERT INTO policy_instalment VALUES(3,4,'2027-01-10',12500);
INSERT INTO policy_instalment VALUES(4,1,'2026-09-27',2850);
INSERT INTO policy_instalment VALUES(4,2,'2026-10-27',2850);
INSERT INTO policy_instalment VALUES(4,3,'2026-11-27',2850);
INSERT INTO policy_instalment VALUES(4,4,'2026-12-27',2850);
INSERT INTO policy_instalment VALUES(4,5,'2027-01-27',2850);
INSERT INTO policy_instalment VALUES(4,6,'2027-02-27',2850);
INSERT INTO policy_instalment VALUES(4,7,'2027-03-27',2850);
INSERT INTO policy_instalment VALUES(4,8,'2027-04-27',2850);
INSERT INTO policy_instalment VALUES(4,9,'2027-05-27',2850);
INSERT INTO policy_instalment VALUES(4,10,'2027-06-27',2850);
INSERT INTO policy_instalment VALUES(4,11,'2027-07-27',2850);
INSERT INTO policy_instalment VALUES(4,12,'2027-08-27',2850);
INSERT INTO policy_instalment VALUES(5,1,'2026-07-05',8304);
INSERT INTO policy_instalment VALUES(5,2,'2026-08-05',8296);
INSERT INTO policy_instalment VALUES(5,3,'2026-09-05',8296);
INSERT INTO policy_instalment VALUES(5,4,'2026-10-05',8296);
INSERT INTO policy_instalment VALUES(5,5,'2026-11-05',8296);
INSERT INTO policy_instalment VALUES(5,6,'2026-12-05',8296);
INSERT INTO policy_instalment VALUES(5,7,'2027-01-05',8296);
INSERT INTO policy_instalment VALUES(5,8,'2027-02-05',8296);
INSERT INTO policy_instalment VALUES(5,9,'2027-03-05',8296);
INSERT INTO policy_instalment VALUES(5,10,'2027-04-05',8296);
INSERT INTO policy_instalment VALUES(5,11,'2027-05-05',8296);
INSERT INTO policy_instalment VALUES(5,12,'2027-06-05',8296);
INSERT INTO policy_instalment VALUES(6,1,'2026-10-04',41970);
INSERT INTO policy_instalment VALUES(6,2,'2026-11-04',41970);
INSERT INTO policy_instalment VALUES(6,3,'2026-12-04',41970);
INSERT INTO policy_instalment VALUES(6,4,'2027-01-04',41970);
INSERT INTO policy_instalment VALUES(6,5,'2027-02-04',41970);
INSERT INTO policy_instalment VALUES(6,6,'2027-03-04',41970);
INSERT INTO policy_instalment VALUES(6,7,'2027-04-04',41970);
INSERT INTO policy_instalment VALUES(6,8,'2027-05-04',41970);
INSERT INTO policy_instalment VALUES(6,9,'2027-06-04',41970);
INSERT INTO policy_instalment VALUES(6,10,'2027-07-04',41970);
INSERT INTO policy_instalment VALUES(6,11,'2027-08-04',41970);
INSERT INTO policy_instalment VALUES(6,12,'2027-09-04',41970);
INSERT INTO policy_instalment VALUES(7,1,'2026-03-07',240000);
INSERT INTO policy_instalment VALUES(8,1,'2026-09-01',39565);
INSERT INTO policy_instalment VALUES(8,2,'2026-10-01',39563);
INSERT INTO policy_instalment VALUES(8,3,'2026-11-01',39563);
INSERT INTO policy_instalment VALUES(8,4,'2026-12-01',39563);
INSERT INTO policy_instalment VALUES(8,5,'2027-01-01',39563);
INSERT INTO policy_instalment VALUES(8,6,'2027-02-01',39563);
INSERT INTO policy_instalment VALUES(8,7,'2027-03-01',39563);
INSERT INTO policy_instalment VALUES(8,8,'2027-04-01',39563);
INSERT INTO policy_instalment VALUES(8,9,'2027-05-01',39563);
INSERT INTO policy_instalment VALUES(8,10,'2027-06-01',39563);
INSERT INTO policy_instalment VALUES(8,11,'2027-07-01',39563);
INSERT INTO policy_instalment VALUES(8,12,'2027-08-01',39563);
INSERT INTO policy_instalment VALUES(9,1,'2026-06-05',167732);
INSERT INTO policy_instalment VALUES(10,1,'2026-01-29',368115);
INSERT INTO policy_instalment VALUES(11,1,'2026-05-18',73530);
INSERT INTO policy_instalment VALUES(12,1,'2026-06-30',14076);
INSERT INTO policy_instalment VALUES(12,2,'2026-09-30',14076);
INSERT INTO policy_instalment VALUES(12,3,'2026-12-30',14076);
INSERT INTO policy_instalment VALUES(12,4,'2027-03-30',14076);
INSERT INTO policy_instalment VALUES(13,1,'2026-11-05',34200);
INSERT INTO policy_instalment VALUES(14,1,'2026-01-24',7500);
INSERT INTO policy_instalment VALUES(14,2,'2026-04-24',7500);
INSERT INTO policy_instalment VALUES(14,3,'2026-07-24',7500);
INSERT INTO policy_instalment VALUES(14,4,'2026-10-24',7500);
INSERT INTO policy_instalment VALUES(15,1,'2026-09-14',54000);
INSERT INTO policy_instalment VALUES(16,1,'2026-02-26',17525);
INSERT INTO policy_instalment VALUES(16,2,'2026-05-26',17522);
INSERT INTO policy_instalment VALUES(16,3,'2026-08-26',17522);
INSERT INTO policy_instalment VALUES(16,4,'2026-11-26',17522);
INSERT INTO policy_instalment VALUES(17,1,'2026-04-03',165701);
INSERT INTO policy_instalment VALUES(18,1,'2026-03-22',34200);
INSERT INTO policy_instalment VALUES(19,1,'2026-11-04',101414);
INSERT INTO policy_instalment VALUES(20,1,'2026-05-28',21400);
INSERT INTO policy_instalment VALUES(21,1,'2026-05-05',80940);
INSERT INTO policy_instalment VALUES(22,1,'2026-05-01',113384);
INSERT INTO policy_instalment VALUES(23,1,'2026-02-04',187000);
INSERT INTO policy_instalment VALUES(24,1,'2026-05-14',49019);
INSERT INTO policy_instalment VALUES(24,2,'2026-08-14',49017);
INSERT INTO policy_instalment VALUES(24,3,'2026-11-14',49017);
INSERT INTO policy_instalment VALUES(24,4,'2027-02-14',49017);
INSERT INTO policy_instalment VALUES(25,1,'2026-02-22',161400);
INSERT INTO policy_instalment VALUES(26,1,'2026-05-15',34200);
INSERT INTO policy_instalment VALUES(27,1,'2026-07-27',7737);
INSERT INTO policy_instalment VALUES(27,2,'2026-08-27',7728);
INSERT INTO policy_instalment VALUES(27,3,'2026-09-27',7728);
INSERT INTO policy_instalment VALUES(27,4,'2026-10-27',7728);
INSERT INTO policy_instalment VALUES(27,5,'2026-11-27',7728);
INSERT INTO policy_instalment VALUES(27,6,'2026-12-27',7728);
INSERT INTO policy_instalment VALUES(27,7,'2027-01-27',7728);
INSERT INTO policy_instalment VALUES(27,8,'2027-02-27',7728);
INSERT INTO policy_instalment VALUES(27,9,'2027-03-27',7728);
INSERT INTO policy_instalment VALUES(27,10,'2027-04-27',7728);
INSERT INTO policy_instalment VALUES(27,11,'2027-05-27',7728);
INSERT INTO policy_instalment VALUES(27,12,'2027-06-27',7728);
INSERT INTO policy_instalment VALUES(28,1,'2026-10-07',480000);
INSERT INTO policy_instalment VALUES(29,1,'2026-01-15',50000);
INSERT INTO policy_instalment VALUES(30,1,'2026-10-31',250715);
INSERT INTO policy_instalment VALUES(31,1,'2026-03-22',295980);
INSERT INTO policy_instalment VALUES(32,1,'2026-06-08',14379);
INSERT INTO policy_instalment VALUES(32,2,'2026-09-08',14377);
INSERT INTO policy_instalment VALUES(32,3,'2026-12-08',14377);
INSERT INTO policy_instalment VALUES(32,4,'2027-03-08',14377);
INSERT INTO policy_instalment VALUES(33,1,'2026-03-13',109031);
INSERT INTO policy_instalment VALUES(34,1,'2026-10-05',58425);
INSERT INTO policy_instalment VALUES(35,1,'2026-06-06',282560);
INSERT INTO policy_instalment VALUES(36,1,'2026-01-23',154404);
INSERT INTO policy_instalment VALUES(36,2,'2026-04-23',154402);
INSERT INTO policy_instalment VALUES(36,3,'2026-07-23',154402);
INSERT INTO policy_instalment VALUES(36,4,'2026-10-23',154402);
INSERT INTO policy_instalment VALUES(37,1,'2026-09-16',61523);
INSERT INTO policy_instalment VALUES(38,1,'2026-10-27',572275);
INSERT INTO policy_instalment VALUES(38,2,'2027-01-27',572275);
INSERT INTO policy_instalment VALUES(38,3,'2027-04-27',572275);
INSERT INTO policy_instalment VALUES(38,4,'2027-07-27',572275);
INSERT INTO policy_instalment VALUES(39,1,'2026-03-02',93813);
INSERT INTO policy_instalment VALUES(40,1,'2026-08-31',200000);
INSERT INTO policy_instalment VALUES(41,1,'2026-06-27',10500);
INSERT INTO policy_instalment VALUES(41,2,'2026-09-27',10500);
INSERT INTO policy_instalment VALUES(41,3,'2026-12-27',10500);
INSERT INTO policy_instalment VALUES(41,4,'2027-03-27',10500);
INSERT INTO policy_instalment VALUES(42,1,'2026-07-09',2462);
INSERT INTO policy_instalment VALUES(42,2,'2026-08-09',2458);
INSERT INTO policy_instalment VALUES(42,3,'2026-09-09',2458);
INSERT INTO policy_instalment VALUES(42,4,'2026-10-09',2458);
INSERT INTO policy_instalment VALUES(42,5,'2026-11-09',2458);
INSERT INTO policy_instalment VALUES(42,6,'2026-12-09',2458);
INSERT INTO policy_instalment VALUES(42,7,'2027-01-09',2458);
INSERT INTO policy_instalment VALUES(42,8,'2027-02-09',2458);
INSERT INTO policy_instalment VALUES(42,9,'2027-03-09',2458);
INSERT INTO policy_instalment VALUES(42,10,'2027-04-09',2458);
INSERT INTO policy_instalment VALUES(42,11,'2027-05-09',2458);
INSERT INTO policy_instalment VALUES(42,12,'2027-06-09',2458);
INSERT INTO policy_instalment VALUES(43,1,'2026-05-21',333337);
INSERT INTO policy_instalment VALUES(43,2,'2026-06-21',333333);
INSERT INTO policy_instalment VALUES(43,3,'2026-07-21',333333);
INSERT INTO policy_instalment VALUES(43,4,'2026-08-21',333333);
INSERT INTO policy_instalment VALUES(43,5,'2026-09-21',333333);
INSERT INTO policy_instalment VALUES(43,6,'2026-10-21',333333);
INSERT INTO policy_instalment VALUES(43,7,'2026-11-21',333333);
INSERT INTO policy_instalment VALUES(43,8,'2026-12-21',333333);
INSERT INTO policy_instalment VALUES(43,9,'2027-01-21',333333);
INSERT INTO policy_instalment VALUES(43,10,'2027-02-21',333333);
INSERT INTO policy_instalment VALUES(43,11,'2027-03-21',333333);
INSERT INTO policy_instalment VALUES(43,12,'2027-04-21',333333);
INSERT INTO policy_instalment VALUES(44,1,'2026-07-01',454000);
INSERT INTO policy_instalment VALUES(44,2,'2026-10-01',454000);
INSERT INTO policy_instalment VALUES(44,3,'2027-01-01',454000);
INSERT INTO policy_instalment VALUES(44,4,'2027-04-01',454000);
INSERT INTO policy_instalment VALUES(45,1,'2026-01-20',81225);
INSERT INTO policy_instalment VALUES(46,1,'2026-03-10',79704);
INSERT INTO policy_instalment VALUES(47,1,'2026-08-30',28560);
INSERT INTO policy_instalment VALUES(47,2,'2026-11-30',28560);
INSERT INTO policy_instalment VALUES(47,3,'2027-02-28',28560);
INSERT INTO policy_instalment VALUES(47,4,'2027-05-30',28560);
INSERT INTO policy_instalment VALUES(48,1,'2026-07-03',104304);
INSERT INTO policy_instalment VALUES(48,2,'2026-10-03',104304);
INSERT INTO policy_instalment VALUES(48,3,'2027-01-03',104304);
INSERT INTO policy_instalment VALUES(48,4,'2027-04-03',104304);
INSERT INTO policy_instalment VALUES(49,1,'2026-09-10',10500);
INSERT INTO policy_instalment VALUES(49,2,'2026-12-10',10500);
INSERT INTO policy_instalment VALUES(49,3,'2027-03-10',10500);
INSERT INTO policy_instalment VALUES(49,4,'2027-06-10',10500);
INSERT INTO policy_instalment VALUES(50,1,'2026-02-22',46371);
INSERT INTO policy_instalment VALUES(50,2,'2026-05-22',46371);
INSERT INTO policy_instalment VALUES(50,3,'2026-08-22',46371);
INSERT INTO policy_instalment VALUES(50,4,'2026-11-22',46371);
CREATE TABLE audit_event (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    subject TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT
);
INSERT INTO audit_event VALUES(1,1792449761,1795515363,'broker.online','A-2026-000001','applied',NULL,'{"holder":"P-000034","premium":"342.00","product":"PH-HLTH-OWNER v1","start":"2026-10-25","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(2,1792449761,1795515363,'rules','A-2026-000001','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(3,1792449761,1795515363,'broker.online','PL-2026-000001','issued',NULL,'{"application":"A-2026-000001","end":"2027-10-24","premium":"342.00","start":"2026-10-25","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(4,1792449761,1795515363,'broker.online','A-2026-000001','policy issued',NULL,'PL-2026-000001');
INSERT INTO audit_event VALUES(5,1786716327,1795515363,'clerk.ma','A-2026-000002','applied',NULL,'{"holder":"P-000014","premium":"808.50","product":"PH-PROP-SHOP v1","start":"2026-08-18","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(6,1786716327,1795515363,'rules','A-2026-000002','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(7,1786716327,1795515363,'clerk.ma','PL-2026-000002','issued',NULL,'{"application":"A-2026-000002","end":"2027-08-17","premium":"808.50","start":"2026-08-18","sumInsured":"370000.00"}');
INSERT INTO audit_event VALUES(8,1786716327,1795515363,'clerk.ma','A-2026-000002','policy issued',NULL,'PL-2026-000002');
INSERT INTO audit_event VALUES(9,1768620668,1795515363,'clerk.ma','A-2026-000003','applied',NULL,'{"holder":"P-000014","premium":"6176.10","product":"PH-LIAB-MICRO v1","start":"2026-01-23","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(10,1768620668,1795515363,'rules','A-2026-000003','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence","employee-list","financial-statement"]}');
INSERT INTO audit_event VALUES(11,1775270946,1795515363,'clerk.ma','A-2026-000004','applied',NULL,'{"holder":"P-000008","premium":"500.00","product":"PH-LIAB-MICRO v1","start":"2026-04-10","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(12,1775270946,1795515363,'rules','A-2026-000004','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(13,1775270946,1795515363,'clerk.ma','PL-2026-000003','issued',NULL,'{"application":"A-2026-000004","end":"2027-04-09","premium":"500.00","start":"2026-04-10","sumInsured":"600000.00"}');
INSERT INTO audit_event VALUES(14,1775270946,1795515363,'clerk.ma','A-2026-000004','policy issued',NULL,'PL-2026-000003');
INSERT INTO audit_event VALUES(15,1789195996,1795515363,'broker.online','A-2026-000005','applied',NULL,'{"holder":"P-000025","premium":"615.23","product":"PH-LIAB-MICRO v1","start":"2026-09-16","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(16,1789195996,1795515363,'rules','A-2026-000005','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(17,1790314956,1795515363,'clerk.xu','A-2026-000006','applied',NULL,'{"holder":"P-000034","premium":"342.00","product":"PH-HLTH-OWNER v1","start":"2026-09-27","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(18,1790314956,1795515363,'rules','A-2026-000006','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(19,1790314956,1795515363,'clerk.xu','PL-2026-000004','issued',NULL,'{"application":"A-2026-000006","end":"2027-09-26","premium":"342.00","start":"2026-09-27","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(20,1790314956,1795515363,'clerk.xu','A-2026-000006','policy issued',NULL,'PL-2026-000004');
INSERT INTO audit_event VALUES(21,1792867094,1795515363,'broker.online','A-2026-000007','applied',NULL,'{"holder":"P-000004","premium":"22891.00","product":"PH-EXCR-SME v1","start":"2026-10-27","tables":"export-credit-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(22,1792867094,1795515363,'rules','A-2026-000007','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-EXCR-LIMIT","fact":"buyer-credit-limit","reason":{"en":"Credit limit above 2,000,000 yuan requested for one buyer","zh":"单一买方信用限额申请超过200万元，需人工审批"},"test":"above 2000000","value":"2400000"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence","export-record","buyer-list"]}');
INSERT INTO audit_event VALUES(23,1782879875,1795515363,'clerk.ma','A-2026-000008','applied',NULL,'{"holder":"P-000005","premium":"995.60","product":"PH-LIAB-MICRO v1","start":"2026-07-05","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(24,1782879875,1795515363,'rules','A-2026-000008','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(25,1782879875,1795515363,'clerk.ma','PL-2026-000005','issued',NULL,'{"application":"A-2026-000008","end":"2027-07-04","premium":"995.60","start":"2026-07-05","sumInsured":"1600000.00"}');
INSERT INTO audit_event VALUES(26,1782879875,1795515363,'clerk.ma','A-2026-000008','policy issued',NULL,'PL-2026-000005');
INSERT INTO audit_event VALUES(27,1771987390,1795515363,'clerk.xu','A-2026-000009','applied',NULL,'{"holder":"P-000015","premium":"938.13","product":"PH-PROP-SHOP v1","start":"2026-03-02","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(28,1771987390,1795515363,'rules','A-2026-000009','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Photos of the premises","zh":"投保资料不全：经营场所照片"},"test":"required for small-enterprise","value":"premises-photos"}],"missingDocuments":["premises-photos"],"outcome":"refer","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(29,1790875945,1795515363,'broker.online','A-2026-000010','applied',NULL,'{"holder":"P-000022","premium":"5036.40","product":"PH-LIAB-MICRO v1","start":"2026-10-04","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(30,1790875945,1795515363,'rules','A-2026-000010','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(31,1790875945,1795515363,'broker.online','PL-2026-000006','issued',NULL,'{"application":"A-2026-000010","end":"2027-10-03","premium":"5036.40","start":"2026-10-04","sumInsured":"7000000.00"}');
INSERT INTO audit_event VALUES(32,1790875945,1795515363,'broker.online','A-2026-000010','policy issued',NULL,'PL-2026-000006');
INSERT INTO audit_event VALUES(33,1772393044,1795515363,'clerk.ma','A-2026-000011','applied',NULL,'{"holder":"P-000039","premium":"2400.00","product":"PH-PENS-FLEX v1","start":"2026-03-07","tables":"mortality-cl2010-2013 pension-crediting-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(34,1772393044,1795515363,'rules','A-2026-000011','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","flexible-work-proof"]}');
INSERT INTO audit_event VALUES(35,1772393044,1795515363,'clerk.ma','PL-2026-000007','issued',NULL,'{"application":"A-2026-000011","end":"2066-03-06","premium":"2400.00","start":"2026-03-07","sumInsured":"130874.63"}');
INSERT INTO audit_event VALUES(36,1772393044,1795515363,'clerk.ma','A-2026-000011','policy issued',NULL,'PL-2026-000007');
INSERT INTO audit_event VALUES(37,1788069293,1795515363,'clerk.ma','A-2026-000012','applied',NULL,'{"holder":"P-000013","premium":"2000.00","product":"PH-EXCR-SME v1","start":"2026-08-31","tables":"export-credit-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(38,1788069293,1795515363,'rules','A-2026-000012','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Export statistics for the last two years","zh":"投保资料不全：近两年出口统计"},"test":"required for small-enterprise","value":"export-statistics"}],"missingDocuments":["export-statistics"],"outcome":"refer","requiredDocuments":["application-form","business-licence","export-record","buyer-list","export-statistics"]}');
INSERT INTO audit_event VALUES(39,1782239685,1795515363,'clerk.ma','A-2026-000013','applied',NULL,'{"holder":"P-000021","premium":"420.00","product":"PH-PROP-SHOP v1","start":"2026-06-27","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(40,1782239685,1795515363,'rules','A-2026-000013','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for individual-business","value":"business-licence"}],"missingDocuments":["business-licence"],"outcome":"refer","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(41,1787433594,1795515363,'clerk.ma','A-2026-000014','applied',NULL,'{"holder":"P-000013","premium":"4747.58","product":"PH-LIAB-MICRO v1","start":"2026-09-01","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(42,1787433594,1795515363,'rules','A-2026-000014','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list","financial-statement"]}');
INSERT INTO audit_event VALUES(43,1787433594,1795515363,'clerk.ma','PL-2026-000008','issued',NULL,'{"application":"A-2026-000014","end":"2027-08-31","premium":"4747.58","start":"2026-09-01","sumInsured":"7600000.00"}');
INSERT INTO audit_event VALUES(44,1787433594,1795515363,'clerk.ma','A-2026-000014','policy issued',NULL,'PL-2026-000008');
INSERT INTO audit_event VALUES(45,1779983430,1795515363,'clerk.ma','A-2026-000015','applied',NULL,'{"holder":"P-000007","premium":"1677.32","product":"PH-TERM-KEY v1","start":"2026-06-05","tables":"mortality-cl2010-2013"}');
INSERT INTO audit_event VALUES(46,1779983430,1795515363,'rules','A-2026-000015','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","insurable-interest","income-proof"]}');
INSERT INTO audit_event VALUES(47,1779983430,1795515363,'clerk.ma','PL-2026-000009','issued',NULL,'{"application":"A-2026-000015","end":"2046-06-04","premium":"1677.32","start":"2026-06-05","sumInsured":"970000.00"}');
INSERT INTO audit_event VALUES(48,1779983430,1795515363,'clerk.ma','A-2026-000015','policy issued',NULL,'PL-2026-000009');
INSERT INTO audit_event VALUES(49,1769337063,1795515363,'clerk.xu','A-2026-000016','applied',NULL,'{"holder":"P-000009","premium":"3681.15","product":"PH-TERM-KEY v1","start":"2026-01-29","tables":"mortality-cl2010-2013"}');
INSERT INTO audit_event VALUES(50,1769337063,1795515363,'rules','A-2026-000016','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","insurable-interest","income-proof"]}');
INSERT INTO audit_event VALUES(51,1769337063,1795515363,'clerk.xu','PL-2026-000010','issued',NULL,'{"application":"A-2026-000016","end":"2046-01-28","premium":"3681.15","start":"2026-01-29","sumInsured":"690000.00"}');
INSERT INTO audit_event VALUES(52,1769337063,1795515363,'clerk.xu','A-2026-000016','policy issued',NULL,'PL-2026-000010');
INSERT INTO audit_event VALUES(53,1778992252,1795515363,'clerk.ma','A-2026-000017','applied',NULL,'{"holder":"P-000017","premium":"735.30","product":"PH-PROP-SHOP v1","start":"2026-05-18","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(54,1778992252,1795515363,'rules','A-2026-000017','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(55,1778992252,1795515363,'clerk.ma','PL-2026-000011','issued',NULL,'{"application":"A-2026-000017","end":"2027-05-17","premium":"735.30","start":"2026-05-18","sumInsured":"860000.00"}');
INSERT INTO audit_event VALUES(56,1778992252,1795515363,'clerk.ma','A-2026-000017','policy issued',NULL,'PL-2026-000011');
INSERT INTO audit_event VALUES(57,1782009180,1795515363,'broker.online','A-2026-000018','applied',NULL,'{"holder":"P-000019","premium":"563.04","product":"PH-PROP-SHOP v1","start":"2026-06-30","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(58,1782009180,1795515363,'rules','A-2026-000018','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(59,1782009180,1795515363,'broker.online','PL-2026-000012','issued',NULL,'{"application":"A-2026-000018","end":"2027-06-29","premium":"563.04","start":"2026-06-30","sumInsured":"1840000.00"}');
INSERT INTO audit_event VALUES(60,1782009180,1795515363,'broker.online','A-2026-000018','policy issued',NULL,'PL-2026-000012');
INSERT INTO audit_event VALUES(61,1793090126,1795515363,'clerk.ma','A-2026-000019','applied',NULL,'{"holder":"P-000034","premium":"342.00","product":"PH-HLTH-OWNER v1","start":"2026-11-05","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(62,1793090126,1795515363,'rules','A-2026-000019','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(63,1793090126,1795515363,'clerk.ma','PL-2026-000013','issued',NULL,'{"application":"A-2026-000019","end":"2027-11-04","premium":"342.00","start":"2026-11-05","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(64,1793090126,1795515363,'clerk.ma','A-2026-000019','policy issued',NULL,'PL-2026-000013');
INSERT INTO audit_event VALUES(65,1783214513,1795515363,'clerk.ma','A-2026-000020','applied',NULL,'{"holder":"P-000034","premium":"295.00","product":"PH-HLTH-OWNER v1","start":"2026-07-09","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(66,1783214513,1795515363,'rules','A-2026-000020','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Insured person''s identity card","zh":"投保资料不全：被保险人身份证"},"test":"required for flexible-worker","value":"identity-document"}],"missingDocuments":["identity-document"],"outcome":"refer","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(67,1768699482,1795515363,'broker.online','A-2026-000021','applied',NULL,'{"holder":"P-000014","premium":"300.00","product":"PH-PROP-SHOP v1","start":"2026-01-24","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(68,1768699482,1795515363,'rules','A-2026-000021','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(69,1768699482,1795515363,'broker.online','PL-2026-000014','issued',NULL,'{"application":"A-2026-000021","end":"2027-01-23","premium":"300.00","start":"2026-01-24","sumInsured":"210000.00"}');
INSERT INTO audit_event VALUES(70,1768699482,1795515363,'broker.online','A-2026-000021','policy issued',NULL,'PL-2026-000014');
INSERT INTO audit_event VALUES(71,1779268022,1795515363,'clerk.xu','A-2026-000022','applied',NULL,'{"holder":"P-000039","premium":"40000.00","product":"PH-PENS-FLEX v1","start":"2026-05-21","tables":"mortality-cl2010-2013 pension-crediting-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(72,1779268022,1795515363,'rules','A-2026-000022','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Identity card","zh":"投保资料不全：身份证"},"test":"required for business-owner","value":"identity-document"}],"missingDocuments":["identity-document"],"outcome":"refer","requiredDocuments":["application-form","identity-document","flexible-work-proof"]}');
INSERT INTO audit_event VALUES(73,1788569198,1795515363,'clerk.xu','A-2026-000023','applied',NULL,'{"holder":"P-000021","premium":"540.00","product":"PH-PROP-SHOP v1","start":"2026-09-14","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(74,1788569198,1795515363,'rules','A-2026-000023','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(75,1788569198,1795515363,'clerk.xu','PL-2026-000015','issued',NULL,'{"application":"A-2026-000023","end":"2027-09-13","premium":"540.00","start":"2026-09-14","sumInsured":"340000.00"}');
INSERT INTO audit_event VALUES(76,1788569198,1795515363,'clerk.xu','A-2026-000023','policy issued',NULL,'PL-2026-000015');
INSERT INTO audit_event VALUES(77,1771178076,1795515363,'clerk.ma','A-2026-000024','applied',NULL,'{"holder":"P-000021","premium":"700.91","product":"PH-PROP-SHOP v1","start":"2026-02-26","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(78,1771178076,1795515363,'rules','A-2026-000024','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(79,1771178076,1795515363,'clerk.ma','PL-2026-000016','issued',NULL,'{"application":"A-2026-000024","end":"2027-02-25","premium":"700.91","start":"2026-02-26","sumInsured":"2170000.00"}');
INSERT INTO audit_event VALUES(80,1771178076,1795515363,'clerk.ma','A-2026-000024','policy issued',NULL,'PL-2026-000016');
INSERT INTO audit_event VALUES(81,1775217882,1795515363,'clerk.xu','A-2026-000025','applied',NULL,'{"holder":"P-000026","premium":"1657.01","product":"PH-PROP-SHOP v1","start":"2026-04-03","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(82,1775217882,1795515363,'rules','A-2026-000025','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(83,1775217882,1795515363,'clerk.xu','PL-2026-000017','issued',NULL,'{"application":"A-2026-000025","end":"2027-04-02","premium":"1657.01","start":"2026-04-03","sumInsured":"1430000.00"}');
INSERT INTO audit_event VALUES(84,1775217882,1795515363,'clerk.xu','A-2026-000025','policy issued',NULL,'PL-2026-000017');
INSERT INTO audit_event VALUES(85,1782879155,1795515363,'clerk.ma','A-2026-000026','applied',NULL,'{"holder":"P-000015","premium":"18160.00","product":"PH-EXCR-SME v1","start":"2026-07-01","tables":"export-credit-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(86,1782879155,1795515363,'rules','A-2026-000026','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-EXCR-CLASS","fact":"buyer-country-class","reason":{"en":"Buyer country risk class 7 needs an underwriter","zh":"买方国家风险等级7，需人工核保"},"test":"in 7","value":"7"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence","export-record","buyer-list","export-statistics"]}');
INSERT INTO audit_event VALUES(87,1768863442,1795515363,'broker.online','A-2026-000027','applied',NULL,'{"holder":"P-000012","premium":"812.25","product":"PH-PROP-SHOP v1","start":"2026-01-20","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(88,1768863442,1795515363,'rules','A-2026-000027','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for small-enterprise","value":"business-licence"}],"missingDocuments":["business-licence"],"outcome":"refer","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(89,1774079779,1795515363,'broker.online','A-2026-000028','applied',NULL,'{"holder":"P-000034","premium":"342.00","product":"PH-HLTH-OWNER v1","start":"2026-03-22","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(90,1774079779,1795515363,'rules','A-2026-000028','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(91,1774079779,1795515363,'broker.online','PL-2026-000018','issued',NULL,'{"application":"A-2026-000028","end":"2027-03-21","premium":"342.00","start":"2026-03-22","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(92,1774079779,1795515363,'broker.online','A-2026-000028','policy issued',NULL,'PL-2026-000018');
INSERT INTO audit_event VALUES(93,1793118364,1795515363,'broker.online','A-2026-000029','applied',NULL,'{"holder":"P-000003","premium":"1014.14","product":"PH-PROP-SHOP v1","start":"2026-11-04","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(94,1793118364,1795515363,'rules','A-2026-000029','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(95,1793118364,1795515363,'broker.online','PL-2026-000019','issued',NULL,'{"application":"A-2026-000029","end":"2027-11-03","premium":"1014.14","start":"2026-11-04","sumInsured":"2910000.00"}');
INSERT INTO audit_event VALUES(96,1793118364,1795515363,'broker.online','A-2026-000029','policy issued',NULL,'PL-2026-000019');
INSERT INTO audit_event VALUES(97,1779890971,1795515363,'broker.online','A-2026-000030','applied',NULL,'{"holder":"P-000039","premium":"214.00","product":"PH-HLTH-OWNER v1","start":"2026-05-28","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(98,1779890971,1795515363,'rules','A-2026-000030','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(99,1779890971,1795515363,'broker.online','PL-2026-000020','issued',NULL,'{"application":"A-2026-000030","end":"2027-05-27","premium":"214.00","start":"2026-05-28","sumInsured":"2000000.00"}');
INSERT INTO audit_event VALUES(100,1779890971,1795515363,'broker.online','A-2026-000030','policy issued',NULL,'PL-2026-000020');
INSERT INTO audit_event VALUES(101,1777657692,1795515363,'clerk.ma','A-2026-000031','applied',NULL,'{"holder":"P-000008","premium":"809.40","product":"PH-PROP-SHOP v1","start":"2026-05-05","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(102,1777657692,1795515363,'rules','A-2026-000031','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(103,1777657692,1795515363,'clerk.ma','PL-2026-000021','issued',NULL,'{"application":"A-2026-000031","end":"2027-05-04","premium":"809.40","start":"2026-05-05","sumInsured":"1420000.00"}');
INSERT INTO audit_event VALUES(104,1777657692,1795515363,'clerk.ma','A-2026-000031','policy issued',NULL,'PL-2026-000021');
INSERT INTO audit_event VALUES(105,1772332887,1795515363,'clerk.xu','A-2026-000032','applied',NULL,'{"holder":"P-000004","premium":"2352.38","product":"PH-PROP-SHOP v1","start":"2026-03-06","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(106,1772332887,1795515363,'rules','A-2026-000032','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Business licence","zh":"投保资料不全：营业执照"},"test":"required for micro-enterprise","value":"business-licence"}],"missingDocuments":["business-licence"],"outcome":"refer","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(107,1776836190,1795515363,'clerk.xu','A-2026-000033','applied',NULL,'{"holder":"P-000011","premium":"1133.84","product":"PH-PROP-SHOP v1","start":"2026-05-01","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(108,1776836190,1795515363,'rules','A-2026-000033','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(109,1776836190,1795515363,'clerk.xu','PL-2026-000022','issued',NULL,'{"application":"A-2026-000033","end":"2027-04-30","premium":"1133.84","start":"2026-05-01","sumInsured":"2410000.00"}');
INSERT INTO audit_event VALUES(110,1776836190,1795515363,'clerk.xu','A-2026-000033','policy issued',NULL,'PL-2026-000022');
INSERT INTO audit_event VALUES(111,1770149036,1795515363,'clerk.ma','A-2026-000034','applied',NULL,'{"holder":"P-000006","premium":"1870.00","product":"PH-PROP-SHOP v1","start":"2026-02-04","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(112,1770149036,1795515363,'rules','A-2026-000034','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(113,1770149036,1795515363,'clerk.ma','PL-2026-000023','issued',NULL,'{"application":"A-2026-000034","end":"2027-02-03","premium":"1870.00","start":"2026-02-04","sumInsured":"1360000.00"}');
INSERT INTO audit_event VALUES(114,1770149036,1795515363,'clerk.ma','A-2026-000034','policy issued',NULL,'PL-2026-000023');
INSERT INTO audit_event VALUES(115,1772900844,1795515363,'clerk.xu','A-2026-000035','applied',NULL,'{"holder":"P-000024","premium":"797.04","product":"PH-PROP-SHOP v1","start":"2026-03-10","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(116,1772900844,1795515363,'rules','A-2026-000035','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(117,1787662743,1795515363,'clerk.ma','A-2026-000036','applied',NULL,'{"holder":"P-000005","premium":"1142.40","product":"PH-LIAB-MICRO v1","start":"2026-08-30","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(118,1787662743,1795515363,'rules','A-2026-000036','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-LIAB-LIMIT","fact":"sum-insured","reason":{"en":"Public liability limit above 1,000,000 yuan per occurrence","zh":"公众责任每次事故限额超过100万元需人工核保"},"test":"above 1000000","value":"2000000"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(119,1778169156,1795515363,'clerk.ma','A-2026-000037','applied',NULL,'{"holder":"P-000007","premium":"1960.70","product":"PH-PROP-SHOP v1","start":"2026-05-14","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(120,1778169156,1795515363,'rules','A-2026-000037','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(121,1778169156,1795515363,'clerk.ma','PL-2026-000024','issued',NULL,'{"application":"A-2026-000037","end":"2027-05-13","premium":"1960.70","start":"2026-05-14","sumInsured":"2330000.00"}');
INSERT INTO audit_event VALUES(122,1778169156,1795515363,'clerk.ma','A-2026-000037','policy issued',NULL,'PL-2026-000024');
INSERT INTO audit_event VALUES(123,1771383665,1795515363,'clerk.ma','A-2026-000038','applied',NULL,'{"holder":"P-000006","premium":"1614.00","product":"PH-PROP-SHOP v1","start":"2026-02-22","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(124,1771383665,1795515363,'rules','A-2026-000038','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(125,1771383665,1795515363,'clerk.ma','PL-2026-000025','issued',NULL,'{"application":"A-2026-000038","end":"2027-02-21","premium":"1614.00","start":"2026-02-22","sumInsured":"1670000.00"}');
INSERT INTO audit_event VALUES(126,1771383665,1795515363,'clerk.ma','A-2026-000038','policy issued',NULL,'PL-2026-000025');
INSERT INTO audit_event VALUES(127,1782445131,1795515363,'clerk.ma','A-2026-000039','applied',NULL,'{"holder":"P-000001","premium":"4172.16","product":"PH-PROP-SHOP v1","start":"2026-07-03","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(128,1782445131,1795515363,'rules','A-2026-000039','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-PROP-SI","fact":"sum-insured","reason":{"en":"Sum insured above the automatic limit of 3,000,000 yuan","zh":"保险金额超过300万元自动核保上限，需人工核保"},"test":"above 3000000","value":"4240000"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(129,1778036682,1795515363,'clerk.ma','A-2026-000040','applied',NULL,'{"holder":"P-000034","premium":"342.00","product":"PH-HLTH-OWNER v1","start":"2026-05-15","tables":"health-premium@2026-01-01"}');
INSERT INTO audit_event VALUES(130,1778036682,1795515363,'rules','A-2026-000040','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","business-licence"]}');
INSERT INTO audit_event VALUES(131,1778036682,1795515363,'clerk.ma','PL-2026-000026','issued',NULL,'{"application":"A-2026-000040","end":"2027-05-14","premium":"342.00","start":"2026-05-15","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(132,1778036682,1795515363,'clerk.ma','A-2026-000040','policy issued',NULL,'PL-2026-000026');
INSERT INTO audit_event VALUES(133,1784751381,1795515363,'clerk.xu','A-2026-000041','applied',NULL,'{"holder":"P-000008","premium":"927.45","product":"PH-LIAB-MICRO v1","start":"2026-07-27","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(134,1784751381,1795515363,'rules','A-2026-000041','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(135,1784751381,1795515363,'clerk.xu','PL-2026-000027','issued',NULL,'{"application":"A-2026-000041","end":"2027-07-26","premium":"927.45","start":"2026-07-27","sumInsured":"7500000.00"}');
INSERT INTO audit_event VALUES(136,1784751381,1795515363,'clerk.xu','A-2026-000041','policy issued',NULL,'PL-2026-000027');
INSERT INTO audit_event VALUES(137,1789053763,1795515363,'clerk.xu','A-2026-000042','applied',NULL,'{"holder":"P-000014","premium":"420.00","product":"PH-PROP-SHOP v1","start":"2026-09-10","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(138,1789053763,1795515363,'rules','A-2026-000042','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Photos of the premises","zh":"投保资料不全：经营场所照片"},"test":"required for small-enterprise","value":"premises-photos"}],"missingDocuments":["premises-photos"],"outcome":"refer","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(139,1790609095,1795515363,'broker.online','A-2026-000043','applied',NULL,'{"holder":"P-000034","premium":"4800.00","product":"PH-PENS-FLEX v1","start":"2026-10-07","tables":"mortality-cl2010-2013 pension-crediting-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(140,1790609095,1795515363,'rules','A-2026-000043','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","identity-document","flexible-work-proof"]}');
INSERT INTO audit_event VALUES(141,1790609095,1795515363,'broker.online','PL-2026-000028','issued',NULL,'{"application":"A-2026-000043","end":"2052-10-06","premium":"4800.00","start":"2026-10-07","sumInsured":"152000.67"}');
INSERT INTO audit_event VALUES(142,1790609095,1795515363,'broker.online','A-2026-000043','policy issued',NULL,'PL-2026-000028');
INSERT INTO audit_event VALUES(143,1767756100,1795515363,'broker.online','A-2026-000044','applied',NULL,'{"holder":"P-000011","premium":"500.00","product":"PH-LIAB-MICRO v1","start":"2026-01-15","tables":"liability-deductible-factor@2026-01-01 liability-employer-rate@2026-01-01 liability-limit-factor@2026-01-01 liability-public-rate@2026-01-01"}');
INSERT INTO audit_event VALUES(144,1767756100,1795515363,'rules','A-2026-000044','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence","employee-list"]}');
INSERT INTO audit_event VALUES(145,1767756100,1795515363,'broker.online','PL-2026-000029','issued',NULL,'{"application":"A-2026-000044","end":"2027-01-14","premium":"500.00","start":"2026-01-15","sumInsured":"3000000.00"}');
INSERT INTO audit_event VALUES(146,1767756100,1795515363,'broker.online','A-2026-000044','policy issued',NULL,'PL-2026-000029');
INSERT INTO audit_event VALUES(147,1770933067,1795515363,'broker.online','A-2026-000045','applied',NULL,'{"holder":"P-000023","premium":"1854.84","product":"PH-PROP-SHOP v1","start":"2026-02-22","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(148,1770933067,1795515363,'rules','A-2026-000045','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"}],"missingDocuments":[],"outcome":"refer","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(149,1792850738,1795515363,'clerk.ma','A-2026-000046','applied',NULL,'{"holder":"P-000011","premium":"2507.15","product":"PH-PROP-SHOP v1","start":"2026-10-31","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(150,1792850738,1795515363,'rules','A-2026-000046','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(151,1792850738,1795515363,'clerk.ma','PL-2026-000030','issued',NULL,'{"application":"A-2026-000046","end":"2027-10-30","premium":"2507.15","start":"2026-10-31","sumInsured":"2820000.00"}');
INSERT INTO audit_event VALUES(152,1792850738,1795515363,'clerk.ma','A-2026-000046','policy issued',NULL,'PL-2026-000030');
INSERT INTO audit_event VALUES(153,1773688683,1795515363,'broker.online','A-2026-000047','applied',NULL,'{"holder":"P-000007","premium":"2959.80","product":"PH-PROP-SHOP v1","start":"2026-03-22","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(154,1773688683,1795515363,'rules','A-2026-000047','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(155,1773688683,1795515363,'broker.online','PL-2026-000031','issued',NULL,'{"application":"A-2026-000047","end":"2027-03-21","premium":"2959.80","start":"2026-03-22","sumInsured":"2810000.00"}');
INSERT INTO audit_event VALUES(156,1773688683,1795515363,'broker.online','A-2026-000047','policy issued',NULL,'PL-2026-000031');
INSERT INTO audit_event VALUES(157,1780794962,1795515363,'clerk.ma','A-2026-000048','applied',NULL,'{"holder":"P-000018","premium":"575.10","product":"PH-PROP-SHOP v1","start":"2026-06-08","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(158,1780794962,1795515363,'rules','A-2026-000048','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(159,1780794962,1795515363,'clerk.ma','PL-2026-000032','issued',NULL,'{"application":"A-2026-000048","end":"2027-06-07","premium":"575.10","start":"2026-06-08","sumInsured":"710000.00"}');
INSERT INTO audit_event VALUES(160,1780794962,1795515363,'clerk.ma','A-2026-000048','policy issued',NULL,'PL-2026-000032');
INSERT INTO audit_event VALUES(161,1773398165,1795515363,'clerk.ma','A-2026-000049','applied',NULL,'{"holder":"P-000004","premium":"1090.31","product":"PH-PROP-SHOP v1","start":"2026-03-13","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(162,1773398165,1795515363,'rules','A-2026-000049','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(163,1773398165,1795515363,'clerk.ma','PL-2026-000033','issued',NULL,'{"application":"A-2026-000049","end":"2027-03-12","premium":"1090.31","start":"2026-03-13","sumInsured":"700000.00"}');
INSERT INTO audit_event VALUES(164,1773398165,1795515363,'clerk.ma','A-2026-000049','policy issued',NULL,'PL-2026-000033');
INSERT INTO audit_event VALUES(165,1790587932,1795515363,'broker.online','A-2026-000050','applied',NULL,'{"holder":"P-000022","premium":"584.25","product":"PH-PROP-SHOP v1","start":"2026-10-05","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(166,1790587932,1795515363,'rules','A-2026-000050','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(167,1790587932,1795515363,'broker.online','PL-2026-000034','issued',NULL,'{"application":"A-2026-000050","end":"2027-10-04","premium":"584.25","start":"2026-10-05","sumInsured":"1230000.00"}');
INSERT INTO audit_event VALUES(168,1790587932,1795515363,'broker.online','A-2026-000050','policy issued',NULL,'PL-2026-000034');
INSERT INTO audit_event VALUES(169,1781751818,1795515363,'clerk.ma','A-2026-000051','applied',NULL,'{"holder":"P-000013","premium":"730.62","product":"PH-PROP-SHOP v1","start":"2026-06-23","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(170,1781751818,1795515363,'rules','A-2026-000051','decided refer',NULL,'{"firedRules":[{"action":"refer","code":"UW-PROP-CONSTR","fact":"construction","reason":{"en":"Light or temporary construction needs an underwriter","zh":"简易结构（彩钢板、临时建筑）需人工核保"},"test":"in class-4","value":"class-4"},{"action":"refer","code":"DOCUMENTS","fact":"documents","reason":{"en":"documents missing: Fire safety inspection certificate","zh":"投保资料不全：消防安全检查合格证明"},"test":"required for small-enterprise","value":"fire-inspection"}],"missingDocuments":["fire-inspection"],"outcome":"refer","requiredDocuments":["application-form","business-licence","property-schedule","premises-photos","fire-inspection"]}');
INSERT INTO audit_event VALUES(171,1780451829,1795515363,'clerk.ma','A-2026-000052','applied',NULL,'{"holder":"P-000020","premium":"2825.60","product":"PH-PROP-SHOP v1","start":"2026-06-06","tables":"property-base-rate@2026-01-01 property-deductible-factor@2026-01-01 property-fire-protection-factor@2026-01-01 property-loss-history-factor@2026-01-01"}');
INSERT INTO audit_event VALUES(172,1780451829,1795515363,'rules','A-2026-000052','decided accept',NULL,'{"firedRules":[],"missingDocuments":[],"outcome":"accept","requiredDocuments":["application-form","business-licence"]}');
INSERT INTO audit_event VALUES(173,1780451829,1795515363,'clerk.ma','PL-2026-000035','issued',NULL,'{"application":"A-2026-000052","end":"2027-06-05","premium":"2825.60","start":"2026-06-06","sumInsured":"2160000.00"}');
INSERT INTO audit_event VALUES(174,1780451829,1795515363,'clerk.ma','A-2026-000052','policy issued',NULL,'PL-2026-000035');
INSERT INTO audit_event VALUES(175,1768849707,1795515363,'li.na','A-2026-000003','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(176,1768849707,1795515363,'li.na','PL-2026-000036','issued',NULL,'{"application":"A-2026-000003","end":"2027-01-22","premium":"6176.10","start":"2026-01-23","sumInsured":"6000000.00"}');
INSERT INTO audit_event VALUES(177,1768849707,1795515363,'li.na','A-2026-000003','policy issued',NULL,'PL-2026-000036');
INSERT INTO audit_event VALUES(178,1789394966,1795515363,'li.na','A-2026-000005','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(179,1789394966,1795515363,'li.na','PL-2026-000037','issued',NULL,'{"application":"A-2026-000005","end":"2027-09-15","premium":"615.23","start":"2026-09-16","sumInsured":"6000000.00"}');
INSERT INTO audit_event VALUES(180,1789394966,1795515363,'li.na','A-2026-000005','policy issued',NULL,'PL-2026-000037');
INSERT INTO audit_event VALUES(181,1793024216,1795515363,'wang.qiang','A-2026-000007','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(182,1793024216,1795515363,'wang.qiang','PL-2026-000038','issued',NULL,'{"application":"A-2026-000007","end":"2027-10-26","premium":"22891.00","start":"2026-10-27","sumInsured":"2660000.00"}');
INSERT INTO audit_event VALUES(183,1793024216,1795515363,'wang.qiang','A-2026-000007','policy issued',NULL,'PL-2026-000038');
INSERT INTO audit_event VALUES(184,1772007801,1795515363,'zhang.wei','A-2026-000009','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(185,1772007801,1795515363,'zhang.wei','PL-2026-000039','issued',NULL,'{"application":"A-2026-000009","end":"2027-03-01","premium":"938.13","start":"2026-03-02","sumInsured":"790000.00"}');
INSERT INTO audit_event VALUES(186,1772007801,1795515363,'zhang.wei','A-2026-000009','policy issued',NULL,'PL-2026-000039');
INSERT INTO audit_event VALUES(187,1788309665,1795515363,'wang.qiang','A-2026-000012','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(188,1788309665,1795515363,'wang.qiang','PL-2026-000040','issued',NULL,'{"application":"A-2026-000012","end":"2027-08-30","premium":"2000.00","start":"2026-08-31","sumInsured":"1880000.00"}');
INSERT INTO audit_event VALUES(189,1788309665,1795515363,'wang.qiang','A-2026-000012','policy issued',NULL,'PL-2026-000040');
INSERT INTO audit_event VALUES(190,1782300685,1795515363,'zhang.wei','A-2026-000013','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(191,1782300685,1795515363,'zhang.wei','PL-2026-000041','issued',NULL,'{"application":"A-2026-000013","end":"2027-06-26","premium":"420.00","start":"2026-06-27","sumInsured":"160000.00"}');
INSERT INTO audit_event VALUES(192,1782300685,1795515363,'zhang.wei','A-2026-000013','policy issued',NULL,'PL-2026-000041');
INSERT INTO audit_event VALUES(193,1783336431,1795515363,'zhang.wei','A-2026-000020','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(194,1783336431,1795515363,'zhang.wei','PL-2026-000042','issued',NULL,'{"application":"A-2026-000020","end":"2027-07-08","premium":"295.00","start":"2026-07-09","sumInsured":"2000000.00"}');
INSERT INTO audit_event VALUES(195,1783336431,1795515363,'zhang.wei','A-2026-000020','policy issued',NULL,'PL-2026-000042');
INSERT INTO audit_event VALUES(196,1779517329,1795515363,'wang.qiang','A-2026-000022','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(197,1779517329,1795515363,'wang.qiang','PL-2026-000043','issued',NULL,'{"application":"A-2026-000022","end":"2062-05-20","premium":"40000.00","start":"2026-05-21","sumInsured":"1900210.36"}');
INSERT INTO audit_event VALUES(198,1779517329,1795515363,'wang.qiang','A-2026-000022','policy issued',NULL,'PL-2026-000043');
INSERT INTO audit_event VALUES(199,1783114410,1795515363,'wang.qiang','A-2026-000026','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(200,1783114410,1795515363,'wang.qiang','PL-2026-000044','issued',NULL,'{"application":"A-2026-000026","end":"2027-06-30","premium":"18160.00","start":"2026-07-01","sumInsured":"1980000.00"}');
INSERT INTO audit_event VALUES(201,1783114410,1795515363,'wang.qiang','A-2026-000026','policy issued',NULL,'PL-2026-000044');
INSERT INTO audit_event VALUES(202,1769000154,1795515363,'zhang.wei','A-2026-000027','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(203,1769000154,1795515363,'zhang.wei','PL-2026-000045','issued',NULL,'{"application":"A-2026-000027","end":"2027-01-19","premium":"812.25","start":"2026-01-20","sumInsured":"1710000.00"}');
INSERT INTO audit_event VALUES(204,1769000154,1795515363,'zhang.wei','A-2026-000027','policy issued',NULL,'PL-2026-000045');
INSERT INTO audit_event VALUES(205,1772423138,1795515363,'zhang.wei','A-2026-000032','declined','referred','outside appetite after review');
INSERT INTO audit_event VALUES(206,1773019576,1795515363,'zhang.wei','A-2026-000035','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(207,1773019576,1795515363,'zhang.wei','PL-2026-000046','issued',NULL,'{"application":"A-2026-000035","end":"2027-03-09","premium":"797.04","start":"2026-03-10","sumInsured":"240000.00"}');
INSERT INTO audit_event VALUES(208,1773019576,1795515363,'zhang.wei','A-2026-000035','policy issued',NULL,'PL-2026-000046');
INSERT INTO audit_event VALUES(209,1787906213,1795515363,'li.na','A-2026-000036','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(210,1787906213,1795515363,'li.na','PL-2026-000047','issued',NULL,'{"application":"A-2026-000036","end":"2027-08-29","premium":"1142.40","start":"2026-08-30","sumInsured":"6000000.00"}');
INSERT INTO audit_event VALUES(211,1787906213,1795515363,'li.na','A-2026-000036','policy issued',NULL,'PL-2026-000047');
INSERT INTO audit_event VALUES(212,1782455723,1795515363,'zhang.wei','A-2026-000039','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(213,1782455723,1795515363,'zhang.wei','PL-2026-000048','issued',NULL,'{"application":"A-2026-000039","end":"2027-07-02","premium":"4172.16","start":"2026-07-03","sumInsured":"4240000.00"}');
INSERT INTO audit_event VALUES(214,1782455723,1795515363,'zhang.wei','A-2026-000039','policy issued',NULL,'PL-2026-000048');
INSERT INTO audit_event VALUES(215,1789219716,1795515363,'zhang.wei','A-2026-000042','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(216,1789219716,1795515363,'zhang.wei','PL-2026-000049','issued',NULL,'{"application":"A-2026-000042","end":"2027-09-09","premium":"420.00","start":"2026-09-10","sumInsured":"300000.00"}');
INSERT INTO audit_event VALUES(217,1789219716,1795515363,'zhang.wei','A-2026-000042','policy issued',NULL,'PL-2026-000049');
INSERT INTO audit_event VALUES(218,1771182749,1795515363,'zhang.wei','A-2026-000045','approved','referred','issued; note: reviewed');
INSERT INTO audit_event VALUES(219,1771182749,1795515363,'zhang.wei','PL-2026-000050','issued',NULL,'{"application":"A-2026-000045","end":"2027-02-21","premium":"1854.84","start":"2026-02-22","sumInsured":"2040000.00"}');
INSERT INTO audit_event VALUES(220,1771182749,1795515363,'zhang.wei','A-2026-000045','policy issued',NULL,'PL-2026-000050');
INSERT INTO audit_event VALUES(221,1781813785,1795515363,'zhang.wei','A-2026-000051','declined','referred','outside appetite after review');
CREATE TABLE claim (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    coverage TEXT NOT NULL,
    claim_type TEXT NOT NULL,
    loss_date TEXT NOT NULL,
    claimed_fen INTEGER NOT NULL CHECK (claimed_fen > 0),
    description TEXT,
    small INTEGER NOT NULL CHECK (small IN (0, 1)),
    state TEXT NOT NULL CHECK (state IN ('reported','awaiting-documents','documents-complete','decided','agreed','paid','closed','rejected','withdrawn','reopened')),
    covered INTEGER CHECK (covered IN (0, 1)),
    decision_reason TEXT,
    agreed_loss_fen INTEGER CHECK (agreed_loss_fen >= 0),
    payable_fen INTEGER CHECK (payable_fen >= 0),
    paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    advance_paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (advance_paid_fen >= 0 AND advance_paid_fen <= paid_fen),
    reserve_fen INTEGER NOT NULL CHECK (reserve_fen >= 0),
    adjuster TEXT NOT NULL,
    cycle INTEGER NOT NULL DEFAULT 1 CHECK (cycle >= 1),
    reported_at INTEGER NOT NULL,
    first_request_at INTEGER,
    documents_complete_at INTEGER,
    decided_at INTEGER,
    agreed_at INTEGER,
    first_paid_at INTEGER,
    first_advance_at INTEGER,
    paid_in_full_at INTEGER,
    rejection_notice_at INTEGER,
    closed_at INTEGER,
    withdrawn_at INTEGER,
    reopened_at INTEGER,
    last_event_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (payable_fen IS NULL OR paid_fen <= payable_fen + advance_paid_fen)
);
INSERT INTO claim VALUES(1,'CLM-2026-000001',49,'PROPERTY','natural-peril','2026-10-09',89400,'demo',1,'closed',1,NULL,66156,0,0,0,0,'chen.jie',1,1791580688,1791657459,1792148357,1792179137,1792199993,NULL,NULL,1792199993,NULL,1792430094,NULL,NULL,1792430094,8);
INSERT INTO claim VALUES(2,'CLM-2026-000002',29,'PUBLIC','public-bodily-injury','2026-10-16',27528900,'demo',0,'closed',1,NULL,25051299,25051299,25051299,0,0,'zhao.min',1,1792146555,NULL,1792392371,1792885408,1792912698,1793085013,NULL,1793085013,NULL,1793189261,NULL,NULL,1793189261,6);
INSERT INTO claim VALUES(3,'CLM-2026-000003',28,'ACCOUNT','annuity-start','2026-10-18',14082400,'demo',0,'closed',1,NULL,12392512,12392512,12392512,0,0,'liu.yang',1,1792433354,1792598108,1793188752,1793375652,1793422430,1793827187,NULL,1793827187,NULL,1793844539,NULL,NULL,1793844539,7);
INSERT INTO claim VALUES(4,'CLM-2026-000004',38,'COMMERCIAL','buyer-insolvency','2026-10-31',20607900,'demo',0,'closed',1,NULL,16280241,14652217,14652217,0,0,'sun.hao',1,1793663455,1793793569,1794384178,1794802457,1794931965,1794954199,NULL,1794954199,NULL,1794960070,NULL,NULL,1794960070,7);
INSERT INTO claim VALUES(5,'CLM-2026-000005',48,'PROPERTY','water-damage','2026-07-03',394200,'demo',1,'closed',1,NULL,283824,0,0,0,0,'chen.jie',1,1783188117,1783261710,1783853843,1784024780,1784028924,NULL,NULL,1784028924,NULL,1784124964,NULL,NULL,1784124964,8);
INSERT INTO claim VALUES(6,'CLM-2026-000006',6,'PUBLIC','public-property-damage','2026-10-22',28702700,'demo',0,'closed',1,NULL,17795674,17795674,17795674,0,0,'zhao.min',1,1792647667,1792677934,1793474774,1794325802,1794380504,1794980614,NULL,1794980614,NULL,1795119468,NULL,NULL,1795119468,7);
INSERT INTO claim VALUES(7,'CLM-2026-000007',35,'PROPERTY','natural-peril','2026-09-27',449100,'demo',1,'closed',1,NULL,386226,286226,286226,0,0,'chen.jie',1,1790675183,1790734784,1791787342,1792343368,1792477718,1793321183,NULL,1793321183,NULL,1793486616,NULL,NULL,1793486616,9);
INSERT INTO claim VALUES(8,'CLM-2026-000008',21,'PROPERTY','water-damage','2026-07-08',400200,'demo',1,'withdrawn',NULL,NULL,NULL,NULL,0,0,0,'chen.jie',1,1783533980,1783538067,1783749576,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1784314656,NULL,1784314656,4);
INSERT INTO claim VALUES(9,'CLM-2026-000009',38,'COMMERCIAL','buyer-insolvency','2026-11-06',1401700,'demo',1,'documents-complete',NULL,NULL,NULL,NULL,0,0,1401700,'sun.hao',1,1794183224,1794193905,1794626946,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1794626946,3);
INSERT INTO claim VALUES(10,'CLM-2026-000010',43,'ACCOUNT','death-before-retirement','2026-08-08',255300,'demo',1,'closed',1,NULL,250194,250194,250194,0,0,'chen.jie',1,1786442484,NULL,1787033743,1787542158,1787676472,1787782734,NULL,1787782734,NULL,1787876666,NULL,NULL,1787876666,6);
INSERT INTO claim VALUES(11,'CLM-2026-000011',29,'PUBLIC','public-bodily-injury','2026-09-04',109200,'demo',1,'closed',1,NULL,96096,96096,96096,0,0,'chen.jie',1,1788626761,1788666486,1789285772,1789815663,1789980488,1790211371,NULL,1790211371,NULL,1790379226,NULL,NULL,1790379226,7);
INSERT INTO claim VALUES(12,'CLM-2026-000012',31,'THEFT','theft','2026-06-03',1804800,'demo',0,'rejected',0,'the loss falls under an exclusion of the policy',NULL,NULL,0,0,0,'chen.jie',1,1780484897,1780537525,1781549571,1782355610,NULL,NULL,NULL,NULL,1782585101,NULL,NULL,NULL,1782585101,7);
INSERT INTO claim VALUES(13,'CLM-2026-000013',16,'PROPERTY','water-damage','2026-09-29',370000,'demo',1,'closed',1,NULL,273800,173800,173800,0,0,'chen.jie',1,1790821769,1790870958,1791339937,1791383998,1791437689,1791917488,NULL,1791917488,NULL,1791964365,NULL,NULL,1791964365,7);
INSERT INTO claim VALUES(14,'CLM-2026-000014',22,'PROPERTY','fire','2026-10-09',138000,'demo',1,'closed',1,NULL,89700,0,0,0,0,'chen.jie',1,1791582242,1791597473,1791870072,1792029533,1792248105,NULL,NULL,1792248105,NULL,1792390577,NULL,NULL,1792390577,6);
INSERT INTO claim VALUES(15,'CLM-2026-000015',31,'PROPERTY','fire','2026-08-05',260600,'demo',1,'reopened',NULL,NULL,NULL,NULL,85026,0,0,'chen.jie',2,1786119783,1786173003,1790936071,NULL,NULL,1787930954,NULL,NULL,NULL,NULL,NULL,1790936071,1790936071,8);
INSERT INTO claim VALUES(16,'CLM-2026-000016',17,'PROPERTY','fire','2026-09-17',330400,'demo',1,'rejected',0,'the loss falls under an exclusion of the policy',NULL,NULL,0,0,0,'chen.jie',1,1789623865,1789718995,1790500039,1791042147,NULL,NULL,NULL,NULL,1791297995,NULL,NULL,NULL,1791297995,5);
INSERT INTO claim VALUES(17,'CLM-2026-000017',14,'PROPERTY','natural-peril','2026-09-13',37700,'demo',1,'closed',1,NULL,30537,0,0,0,0,'chen.jie',1,1789291748,1789386427,1790105911,1790175512,1790186855,NULL,NULL,1790186855,NULL,1790282146,NULL,NULL,1790282146,6);
INSERT INTO claim VALUES(18,'CLM-2026-000018',25,'THEFT','theft','2026-03-24',418100,'demo',1,'closed',1,NULL,271765,221765,221765,0,0,'chen.jie',1,1774333809,1774391091,1775074040,1775164083,1775242717,1775321658,NULL,1775321658,NULL,1775385334,NULL,NULL,1775385334,7);
INSERT INTO claim VALUES(19,'CLM-2026-000019',21,'PROPERTY','fire','2026-06-14',406400,'demo',1,'closed',1,NULL,264160,164160,164160,0,0,'chen.jie',1,1781504169,1781599146,1782088012,1782703383,1783017374,1783198210,NULL,1783198210,NULL,1783319188,NULL,NULL,1783319188,7);
INSERT INTO claim VALUES(20,'CLM-2026-000020',28,'ACCOUNT','annuity-start','2026-10-18',6150400,'demo',0,'closed',1,NULL,6088896,6088896,6088896,0,0,'liu.yang',1,1792388816,1792551732,1792848746,1793158738,1793382288,1793419540,NULL,1793419540,NULL,1793614889,NULL,NULL,1793614889,7);
CREATE TABLE claim_document (
    claim_id INTEGER NOT NULL REFERENCES claim(id),
    code TEXT NOT NULL,
    required INTEGER NOT NULL CHECK (required IN (0, 1)),
    first_requested_at INTEGER,
    received_at INTEGER,
    UNIQUE (claim_id, code)
);
INSERT INTO claim_document VALUES(1,'claim-form',1,1791657459,1791760582);
INSERT INTO claim_document VALUES(1,'loss-list',1,1791657459,1791760582);
INSERT INTO claim_document VALUES(1,'loss-photos',1,1791657459,1791760582);
INSERT INTO claim_document VALUES(1,'weather-certificate',1,1791657459,1791760582);
INSERT INTO claim_document VALUES(1,'repair-invoice',1,1791657459,1791760582);
INSERT INTO claim_document VALUES(1,'bank-account',1,1791657459,1792148357);
INSERT INTO claim_document VALUES(1,'fire-report',1,1791891629,1792148357);
INSERT INTO claim_document VALUES(2,'claim-form',1,NULL,1792392371);
INSERT INTO claim_document VALUES(2,'incident-report',1,NULL,1792392371);
INSERT INTO claim_document VALUES(2,'third-party-claim',1,NULL,1792392371);
INSERT INTO claim_document VALUES(2,'medical-records',1,NULL,1792392371);
INSERT INTO claim_document VALUES(2,'settlement-agreement',1,NULL,1792392371);
INSERT INTO claim_document VALUES(2,'bank-account',1,NULL,1792392371);
INSERT INTO claim_document VALUES(3,'claim-form',1,1792598108,1793188752);
INSERT INTO claim_document VALUES(3,'identity-document',1,1792598108,1793188752);
INSERT INTO claim_document VALUES(3,'bank-account',1,1792598108,1793188752);
INSERT INTO claim_document VALUES(4,'claim-form',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(4,'commercial-invoice',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(4,'bill-of-lading',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(4,'sales-contract',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(4,'customs-declaration',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(4,'insolvency-evidence',1,1793793569,1794384178);
INSERT INTO claim_document VALUES(5,'claim-form',1,1783261710,1783503861);
INSERT INTO claim_document VALUES(5,'loss-list',1,1783261710,1783503861);
INSERT INTO claim_document VALUES(5,'loss-photos',1,1783261710,1783503861);
INSERT INTO claim_document VALUES(5,'repair-invoice',1,1783261710,1783503861);
INSERT INTO claim_document VALUES(5,'bank-account',1,1783261710,1783853843);
INSERT INTO claim_document VALUES(5,'weather-certificate',1,1783570418,1783853843);
INSERT INTO claim_document VALUES(6,'claim-form',1,1792677934,1793474774);
INSERT INTO claim_document VALUES(6,'incident-report',1,1792677934,1793474774);
INSERT INTO claim_document VALUES(6,'third-party-claim',1,1792677934,1793474774);
INSERT INTO claim_document VALUES(6,'settlement-agreement',1,1792677934,1793474774);
INSERT INTO claim_document VALUES(6,'bank-account',1,1792677934,1793474774);
INSERT INTO claim_document VALUES(7,'claim-form',1,1790734784,1791163321);
INSERT INTO claim_document VALUES(7,'loss-list',1,1790734784,1791163321);
INSERT INTO claim_document VALUES(7,'loss-photos',1,1790734784,1791163321);
INSERT INTO claim_document VALUES(7,'weather-certificate',1,1790734784,1791163321);
INSERT INTO claim_document VALUES(7,'repair-invoice',1,1790734784,1791163321);
INSERT INTO claim_document VALUES(7,'bank-account',1,1790734784,1791787342);
INSERT INTO claim_document VALUES(7,'police-report',1,1791382786,1791787342);
INSERT INTO claim_document VALUES(8,'claim-form',1,1783538067,1783749576);
INSERT INTO claim_document VALUES(8,'loss-list',1,1783538067,1783749576);
INSERT INTO claim_document VALUES(8,'loss-photos',1,1783538067,1783749576);
INSERT INTO claim_document VALUES(8,'repair-invoice',1,1783538067,1783749576);
INSERT INTO claim_document VALUES(8,'bank-account',1,1783538067,1783749576);
INSERT INTO claim_document VALUES(9,'claim-form',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(9,'commercial-invoice',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(9,'bill-of-lading',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(9,'sales-contract',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(9,'customs-declaration',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(9,'insolvency-evidence',1,1794193905,1794626946);
INSERT INTO claim_document VALUES(10,'claim-form',1,NULL,1787033743);
INSERT INTO claim_document VALUES(10,'death-certificate',1,NULL,1787033743);
INSERT INTO claim_document VALUES(10,'beneficiary-proof',1,NULL,1787033743);
INSERT INTO claim_document VALUES(10,'bank-account',1,NULL,1787033743);
INSERT INTO claim_document VALUES(11,'claim-form',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(11,'incident-report',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(11,'third-party-claim',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(11,'medical-records',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(11,'settlement-agreement',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(11,'bank-account',1,1788666486,1789285772);
INSERT INTO claim_document VALUES(12,'claim-form',1,1780537525,1780771125);
INSERT INTO claim_document VALUES(12,'loss-list',1,1780537525,1780771125);
INSERT INTO claim_document VALUES(12,'police-report',1,1780537525,1780771125);
INSERT INTO claim_document VALUES(12,'bank-account',1,1780537525,1781549571);
INSERT INTO claim_document VALUES(12,'weather-certificate',1,1780882939,1781549571);
INSERT INTO claim_document VALUES(13,'claim-form',1,1790870958,1791339937);
INSERT INTO claim_document VALUES(13,'loss-list',1,1790870958,1791339937);
INSERT INTO claim_document VALUES(13,'loss-photos',1,1790870958,1791339937);
INSERT INTO claim_document VALUES(13,'repair-invoice',1,1790870958,1791339937);
INSERT INTO claim_document VALUES(13,'bank-account',1,1790870958,1791339937);
INSERT INTO claim_document VALUES(14,'claim-form',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(14,'loss-list',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(14,'loss-photos',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(14,'fire-report',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(14,'repair-invoice',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(14,'bank-account',1,1791597473,1791870072);
INSERT INTO claim_document VALUES(15,'claim-form',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(15,'loss-list',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(15,'loss-photos',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(15,'fire-report',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(15,'repair-invoice',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(15,'bank-account',1,1786173003,1786776126);
INSERT INTO claim_document VALUES(16,'claim-form',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(16,'loss-list',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(16,'loss-photos',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(16,'fire-report',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(16,'repair-invoice',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(16,'bank-account',1,1789718995,1790500039);
INSERT INTO claim_document VALUES(17,'claim-form',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(17,'loss-list',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(17,'loss-photos',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(17,'weather-certificate',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(17,'repair-invoice',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(17,'bank-account',1,1789386427,1790105911);
INSERT INTO claim_document VALUES(18,'claim-form',1,1774391091,1775074040);
INSERT INTO claim_document VALUES(18,'loss-list',1,1774391091,1775074040);
INSERT INTO claim_document VALUES(18,'police-report',1,1774391091,1775074040);
INSERT INTO claim_document VALUES(18,'bank-account',1,1774391091,1775074040);
INSERT INTO claim_document VALUES(19,'claim-form',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(19,'loss-list',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(19,'loss-photos',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(19,'fire-report',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(19,'repair-invoice',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(19,'bank-account',1,1781599146,1782088012);
INSERT INTO claim_document VALUES(20,'claim-form',1,1792551732,1792848746);
INSERT INTO claim_document VALUES(20,'identity-document',1,1792551732,1792848746);
INSERT INTO claim_document VALUES(20,'bank-account',1,1792551732,1792848746);
CREATE TABLE claim_document_request (
    claim_id INTEGER NOT NULL REFERENCES claim(id),
    number INTEGER NOT NULL,
    at INTEGER NOT NULL,
    documents TEXT NOT NULL,
    breaches TEXT NOT NULL,
    PRIMARY KEY (claim_id, number)
) WITHOUT ROWID;
INSERT INTO claim_document_request VALUES(1,1,1791657459,'claim-form loss-list loss-photos weather-certificate repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(1,2,1791891629,'bank-account fire-report','fire-report');
INSERT INTO claim_document_request VALUES(3,1,1792598108,'claim-form identity-document bank-account','');
INSERT INTO claim_document_request VALUES(4,1,1793793569,'claim-form commercial-invoice bill-of-lading sales-contract customs-declaration insolvency-evidence','');
INSERT INTO claim_document_request VALUES(5,1,1783261710,'claim-form loss-list loss-photos repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(5,2,1783570418,'bank-account weather-certificate','weather-certificate');
INSERT INTO claim_document_request VALUES(6,1,1792677934,'claim-form incident-report third-party-claim settlement-agreement bank-account','');
INSERT INTO claim_document_request VALUES(7,1,1790734784,'claim-form loss-list loss-photos weather-certificate repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(7,2,1791382786,'bank-account police-report','police-report');
INSERT INTO claim_document_request VALUES(8,1,1783538067,'claim-form loss-list loss-photos repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(9,1,1794193905,'claim-form commercial-invoice bill-of-lading sales-contract customs-declaration insolvency-evidence','');
INSERT INTO claim_document_request VALUES(11,1,1788666486,'claim-form incident-report third-party-claim medical-records settlement-agreement bank-account','');
INSERT INTO claim_document_request VALUES(12,1,1780537525,'claim-form loss-list police-report bank-account','');
INSERT INTO claim_document_request VALUES(12,2,1780882939,'bank-account weather-certificate','weather-certificate');
INSERT INTO claim_document_request VALUES(13,1,1790870958,'claim-form loss-list loss-photos repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(14,1,1791597473,'claim-form loss-list loss-photos fire-report repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(15,1,1786173003,'claim-form loss-list loss-photos fire-report repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(16,1,1789718995,'claim-form loss-list loss-photos fire-report repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(17,1,1789386427,'claim-form loss-list loss-photos weather-certificate repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(18,1,1774391091,'claim-form loss-list police-report bank-account','');
INSERT INTO claim_document_request VALUES(19,1,1781599146,'claim-form loss-list loss-photos fire-report repair-invoice bank-account','');
INSERT INTO claim_document_request VALUES(20,1,1792551732,'claim-form identity-document bank-account','');
CREATE TABLE claim_payment (
    claim_id INTEGER NOT NULL REFERENCES claim(id),
    number INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    advance INTEGER NOT NULL CHECK (advance IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('paid', 'pending')),
    requested_by TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    approved_by TEXT,
    paid_at INTEGER,
    PRIMARY KEY (claim_id, number),
    CHECK ((status = 'paid') = (paid_at IS NOT NULL))
) WITHOUT ROWID;
INSERT INTO claim_payment VALUES(2,1,25051299,0,'paid','zhao.min',1793085013,'zhao.min',1793085013);
INSERT INTO claim_payment VALUES(3,1,12392512,0,'paid','liu.yang',1793827187,'liu.yang',1793827187);
INSERT INTO claim_payment VALUES(4,1,14652217,0,'paid','sun.hao',1794954199,'sun.hao',1794954199);
INSERT INTO claim_payment VALUES(6,1,17795674,0,'paid','zhao.min',1794980614,'zhao.min',1794980614);
INSERT INTO claim_payment VALUES(7,1,286226,0,'paid','chen.jie',1793321183,'chen.jie',1793321183);
INSERT INTO claim_payment VALUES(10,1,250194,0,'paid','chen.jie',1787782734,'chen.jie',1787782734);
INSERT INTO claim_payment VALUES(11,1,96096,0,'paid','chen.jie',1790211371,'chen.jie',1790211371);
INSERT INTO claim_payment VALUES(13,1,173800,0,'paid','chen.jie',1791917488,'chen.jie',1791917488);
INSERT INTO claim_payment VALUES(15,1,85026,0,'paid','chen.jie',1787930954,'chen.jie',1787930954);
INSERT INTO claim_payment VALUES(18,1,221765,0,'paid','chen.jie',1775321658,'chen.jie',1775321658);
INSERT INTO claim_payment VALUES(19,1,164160,0,'paid','chen.jie',1783198210,'chen.jie',1783198210);
INSERT INTO claim_payment VALUES(20,1,6088896,0,'paid','liu.yang',1793419540,'liu.yang',1793419540);
CREATE TABLE claim_event (
    claim_id INTEGER NOT NULL REFERENCES claim(id),
    sequence INTEGER NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    state_before TEXT,
    state_after TEXT NOT NULL,
    PRIMARY KEY (claim_id, sequence)
) WITHOUT ROWID;
INSERT INTO claim_event VALUES(1,1,1791580688,'chen.jie','report','natural-peril on PROPERTY, loss 2026-10-09, claimed 894.00 (small claim); reserve 894.00',NULL,'reported');
INSERT INTO claim_event VALUES(1,2,1791657459,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, weather-certificate, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、气象证明、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(1,3,1791760582,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, weather-certificate, repair-invoice; still missing bank-account','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(1,4,1791891629,'chen.jie','request-docs','request 2: bank-account, fire-report (收款账户信息、消防部门火灾事故认定书); BREACH of the one-time rule (Art. 22): fire-report could have been named in the first request','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(1,5,1792148357,'chen.jie','receive-docs','received bank-account, fire-report; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(1,6,1792179137,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(1,7,1792199993,'chen.jie','agree','agreed loss 661.56; deductible 2000.00; within the PROPERTY amount 290000.00: payable 0.00','decided','agreed');
INSERT INTO claim_event VALUES(1,8,1792430094,'chen.jie','close','closed; paid 0.00; reserve 0.00 released','agreed','closed');
INSERT INTO claim_event VALUES(2,1,1792146555,'zhao.min','report','public-bodily-injury on PUBLIC, loss 2026-10-16, claimed 275289.00; reserve 275289.00',NULL,'reported');
INSERT INTO claim_event VALUES(2,2,1792392371,'zhao.min','receive-docs','received claim-form, incident-report, third-party-claim, medical-records, settlement-agreement, bank-account; documents complete','reported','documents-complete');
INSERT INTO claim_event VALUES(2,3,1792885408,'zhao.min','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(2,4,1792912698,'zhao.min','agree','agreed loss 250512.99; within the PUBLIC amount 1000000.00: payable 250512.99','decided','agreed');
INSERT INTO claim_event VALUES(2,5,1793085013,'zhao.min','pay','payment 1 of 250512.99; paid in all 250512.99 of 250512.99; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(2,6,1793189261,'zhao.min','close','closed; paid 250512.99; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(3,1,1792433354,'liu.yang','report','annuity-start on ACCOUNT, loss 2026-10-18, claimed 140824.00; reserve 140824.00',NULL,'reported');
INSERT INTO claim_event VALUES(3,2,1792598108,'liu.yang','request-docs','request 1: claim-form, identity-document, bank-account (领取或给付申请书、身份证、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(3,3,1793188752,'liu.yang','receive-docs','received claim-form, identity-document, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(3,4,1793375652,'liu.yang','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(3,5,1793422430,'liu.yang','agree','agreed loss 123925.12; within the ACCOUNT amount 152000.67: payable 123925.12','decided','agreed');
INSERT INTO claim_event VALUES(3,6,1793827187,'liu.yang','pay','payment 1 of 123925.12; paid in all 123925.12 of 123925.12; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(3,7,1793844539,'liu.yang','close','closed; paid 123925.12; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(4,1,1793663455,'sun.hao','report','buyer-insolvency on COMMERCIAL, loss 2026-10-31, claimed 206079.00; reserve 206079.00',NULL,'reported');
INSERT INTO claim_event VALUES(4,2,1793793569,'sun.hao','request-docs','request 1: claim-form, commercial-invoice, bill-of-lading, sales-contract, customs-declaration, insolvency-evidence (可能损失通知书及索赔申请书、商业发票、提单或运输单据、贸易合同、出口报关单、买方破产证明)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(4,3,1794384178,'sun.hao','receive-docs','received claim-form, commercial-invoice, bill-of-lading, sales-contract, customs-declaration, insolvency-evidence; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(4,4,1794802457,'sun.hao','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(4,5,1794931965,'sun.hao','agree','agreed loss 162802.41; × 90% indemnity: 146522.17; within the COMMERCIAL amount 2660000.00: payable 146522.17','decided','agreed');
INSERT INTO claim_event VALUES(4,6,1794954199,'sun.hao','pay','payment 1 of 146522.17; paid in all 146522.17 of 146522.17; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(4,7,1794960070,'sun.hao','close','closed; paid 146522.17; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(5,1,1783188117,'chen.jie','report','water-damage on PROPERTY, loss 2026-07-03, claimed 3942.00 (small claim); reserve 3942.00',NULL,'reported');
INSERT INTO claim_event VALUES(5,2,1783261710,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(5,3,1783503861,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, repair-invoice; still missing bank-account','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(5,4,1783570418,'chen.jie','request-docs','request 2: bank-account, weather-certificate (收款账户信息、气象证明); BREACH of the one-time rule (Art. 22): weather-certificate could have been named in the first request','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(5,5,1783853843,'chen.jie','receive-docs','received bank-account, weather-certificate; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(5,6,1784024780,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(5,7,1784028924,'chen.jie','agree','agreed loss 2838.24; deductible 5000.00; within the PROPERTY amount 4240000.00: payable 0.00','decided','agreed');
INSERT INTO claim_event VALUES(5,8,1784124964,'chen.jie','close','closed; paid 0.00; reserve 0.00 released','agreed','closed');
INSERT INTO claim_event VALUES(6,1,1792647667,'zhao.min','report','public-property-damage on PUBLIC, loss 2026-10-22, claimed 287027.00; reserve 287027.00',NULL,'reported');
INSERT INTO claim_event VALUES(6,2,1792677934,'zhao.min','request-docs','request 1: claim-form, incident-report, third-party-claim, settlement-agreement, bank-account (索赔申请书、事故经过说明、第三者索赔函、和解协议或法院判决书、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(6,3,1793474774,'zhao.min','receive-docs','received claim-form, incident-report, third-party-claim, settlement-agreement, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(6,4,1794325802,'zhao.min','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(6,5,1794380504,'zhao.min','agree','agreed loss 177956.74; within the PUBLIC amount 1000000.00: payable 177956.74','decided','agreed');
INSERT INTO claim_event VALUES(6,6,1794980614,'zhao.min','pay','payment 1 of 177956.74; paid in all 177956.74 of 177956.74; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(6,7,1795119468,'zhao.min','close','closed; paid 177956.74; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(7,1,1790675183,'chen.jie','report','natural-peril on PROPERTY, loss 2026-09-27, claimed 4491.00 (small claim); reserve 4491.00',NULL,'reported');
INSERT INTO claim_event VALUES(7,2,1790734784,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, weather-certificate, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、气象证明、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(7,3,1791163321,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, weather-certificate, repair-invoice; still missing bank-account','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(7,4,1791382786,'chen.jie','request-docs','request 2: bank-account, police-report (收款账户信息、公安机关报案回执); BREACH of the one-time rule (Art. 22): police-report could have been named in the first request','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(7,5,1791787342,'chen.jie','receive-docs','received bank-account, police-report; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(7,6,1792343368,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(7,7,1792477718,'chen.jie','agree','agreed loss 3862.26; deductible 1000.00; within the PROPERTY amount 2160000.00: payable 2862.26','decided','agreed');
INSERT INTO claim_event VALUES(7,8,1793321183,'chen.jie','pay','payment 1 of 2862.26; paid in all 2862.26 of 2862.26; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(7,9,1793486616,'chen.jie','close','closed; paid 2862.26; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(8,1,1783533980,'chen.jie','report','water-damage on PROPERTY, loss 2026-07-08, claimed 4002.00 (small claim); reserve 4002.00',NULL,'reported');
INSERT INTO claim_event VALUES(8,2,1783538067,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(8,3,1783749576,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(8,4,1784314656,'chen.jie','withdraw','withdrawn by the claimant','documents-complete','withdrawn');
INSERT INTO claim_event VALUES(9,1,1794183224,'sun.hao','report','buyer-insolvency on COMMERCIAL, loss 2026-11-06, claimed 14017.00 (small claim); reserve 14017.00',NULL,'reported');
INSERT INTO claim_event VALUES(9,2,1794193905,'sun.hao','request-docs','request 1: claim-form, commercial-invoice, bill-of-lading, sales-contract, customs-declaration, insolvency-evidence (可能损失通知书及索赔申请书、商业发票、提单或运输单据、贸易合同、出口报关单、买方破产证明)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(9,3,1794626946,'sun.hao','receive-docs','received claim-form, commercial-invoice, bill-of-lading, sales-contract, customs-declaration, insolvency-evidence; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(10,1,1786442484,'chen.jie','report','death-before-retirement on ACCOUNT, loss 2026-08-08, claimed 2553.00 (small claim); reserve 2553.00',NULL,'reported');
INSERT INTO claim_event VALUES(10,2,1787033743,'chen.jie','receive-docs','received claim-form, death-certificate, beneficiary-proof, bank-account; documents complete','reported','documents-complete');
INSERT INTO claim_event VALUES(10,3,1787542158,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(10,4,1787676472,'chen.jie','agree','agreed loss 2501.94; within the ACCOUNT amount 1900210.36: payable 2501.94','decided','agreed');
INSERT INTO claim_event VALUES(10,5,1787782734,'chen.jie','pay','payment 1 of 2501.94; paid in all 2501.94 of 2501.94; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(10,6,1787876666,'chen.jie','close','closed; paid 2501.94; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(11,1,1788626761,'chen.jie','report','public-bodily-injury on PUBLIC, loss 2026-09-04, claimed 1092.00 (small claim); reserve 1092.00',NULL,'reported');
INSERT INTO claim_event VALUES(11,2,1788666486,'chen.jie','request-docs','request 1: claim-form, incident-report, third-party-claim, medical-records, settlement-agreement, bank-account (索赔申请书、事故经过说明、第三者索赔函、病历、诊断证明及医疗费用票据、和解协议或法院判决书、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(11,3,1789285772,'chen.jie','receive-docs','received claim-form, incident-report, third-party-claim, medical-records, settlement-agreement, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(11,4,1789815663,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(11,5,1789980488,'chen.jie','agree','agreed loss 960.96; within the PUBLIC amount 1000000.00: payable 960.96','decided','agreed');
INSERT INTO claim_event VALUES(11,6,1790211371,'chen.jie','pay','payment 1 of 960.96; paid in all 960.96 of 960.96; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(11,7,1790379226,'chen.jie','close','closed; paid 960.96; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(12,1,1780484897,'chen.jie','report','theft on THEFT, loss 2026-06-03, claimed 18048.00; reserve 18048.00',NULL,'reported');
INSERT INTO claim_event VALUES(12,2,1780537525,'chen.jie','request-docs','request 1: claim-form, loss-list, police-report, bank-account (索赔申请书、损失清单、公安机关报案回执、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(12,3,1780771125,'chen.jie','receive-docs','received claim-form, loss-list, police-report; still missing bank-account','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(12,4,1780882939,'chen.jie','request-docs','request 2: bank-account, weather-certificate (收款账户信息、气象证明); BREACH of the one-time rule (Art. 22): weather-certificate could have been named in the first request','awaiting-documents','awaiting-documents');
INSERT INTO claim_event VALUES(12,5,1781549571,'chen.jie','receive-docs','received bank-account, weather-certificate; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(12,6,1782355610,'chen.jie','decide','not covered: the loss falls under an exclusion of the policy','documents-complete','decided');
INSERT INTO claim_event VALUES(12,7,1782585101,'chen.jie','reject-notice','written rejection notice sent: the loss falls under an exclusion of the policy','decided','rejected');
INSERT INTO claim_event VALUES(13,1,1790821769,'chen.jie','report','water-damage on PROPERTY, loss 2026-09-29, claimed 3700.00 (small claim); reserve 3700.00',NULL,'reported');
INSERT INTO claim_event VALUES(13,2,1790870958,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(13,3,1791339937,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(13,4,1791383998,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(13,5,1791437689,'chen.jie','agree','agreed loss 2738.00; deductible 1000.00; within the PROPERTY amount 2170000.00: payable 1738.00','decided','agreed');
INSERT INTO claim_event VALUES(13,6,1791917488,'chen.jie','pay','payment 1 of 1738.00; paid in all 1738.00 of 1738.00; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(13,7,1791964365,'chen.jie','close','closed; paid 1738.00; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(14,1,1791582242,'chen.jie','report','fire on PROPERTY, loss 2026-10-09, claimed 1380.00 (small claim); reserve 1380.00',NULL,'reported');
INSERT INTO claim_event VALUES(14,2,1791597473,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、消防部门火灾事故认定书、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(14,3,1791870072,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(14,4,1792029533,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(14,5,1792248105,'chen.jie','agree','agreed loss 897.00; deductible 5000.00; within the PROPERTY amount 2410000.00: payable 0.00','decided','agreed');
INSERT INTO claim_event VALUES(14,6,1792390577,'chen.jie','close','closed; paid 0.00; reserve 0.00 released','agreed','closed');
INSERT INTO claim_event VALUES(15,1,1786119783,'chen.jie','report','fire on PROPERTY, loss 2026-08-05, claimed 2606.00 (small claim); reserve 2606.00',NULL,'reported');
INSERT INTO claim_event VALUES(15,2,1786173003,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、消防部门火灾事故认定书、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(15,3,1786776126,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(15,4,1787362010,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(15,5,1787677757,'chen.jie','agree','agreed loss 1850.26; deductible 1000.00; within the PROPERTY amount 2760000.00: payable 850.26','decided','agreed');
INSERT INTO claim_event VALUES(15,6,1787930954,'chen.jie','pay','payment 1 of 850.26; paid in all 850.26 of 850.26; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(15,7,1787943693,'chen.jie','close','closed; paid 850.26; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(15,8,1790936071,'chen.jie','reopen','reopened (cycle 2): the claimant produced a further invoice','closed','reopened');
INSERT INTO claim_event VALUES(16,1,1789623865,'chen.jie','report','fire on PROPERTY, loss 2026-09-17, claimed 3304.00 (small claim); reserve 3304.00',NULL,'reported');
INSERT INTO claim_event VALUES(16,2,1789718995,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、消防部门火灾事故认定书、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(16,3,1790500039,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(16,4,1791042147,'chen.jie','decide','not covered: the loss falls under an exclusion of the policy','documents-complete','decided');
INSERT INTO claim_event VALUES(16,5,1791297995,'chen.jie','reject-notice','written rejection notice sent: the loss falls under an exclusion of the policy','decided','rejected');
INSERT INTO claim_event VALUES(17,1,1789291748,'chen.jie','report','natural-peril on PROPERTY, loss 2026-09-13, claimed 377.00 (small claim); reserve 377.00',NULL,'reported');
INSERT INTO claim_event VALUES(17,2,1789386427,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, weather-certificate, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、气象证明、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(17,3,1790105911,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, weather-certificate, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(17,4,1790175512,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(17,5,1790186855,'chen.jie','agree','agreed loss 305.37; deductible 2000.00; within the PROPERTY amount 210000.00: payable 0.00','decided','agreed');
INSERT INTO claim_event VALUES(17,6,1790282146,'chen.jie','close','closed; paid 0.00; reserve 0.00 released','agreed','closed');
INSERT INTO claim_event VALUES(18,1,1774333809,'chen.jie','report','theft on THEFT, loss 2026-03-24, claimed 4181.00 (small claim); reserve 4181.00',NULL,'reported');
INSERT INTO claim_event VALUES(18,2,1774391091,'chen.jie','request-docs','request 1: claim-form, loss-list, police-report, bank-account (索赔申请书、损失清单、公安机关报案回执、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(18,3,1775074040,'chen.jie','receive-docs','received claim-form, loss-list, police-report, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(18,4,1775164083,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(18,5,1775242717,'chen.jie','agree','agreed loss 2717.65; deductible the larger of 500.00 and 10% of the loss (271.77): 500.00; within the THEFT amount 10000.00: payable 2217.65','decided','agreed');
INSERT INTO claim_event VALUES(18,6,1775321658,'chen.jie','pay','payment 1 of 2217.65; paid in all 2217.65 of 2217.65; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(18,7,1775385334,'chen.jie','close','closed; paid 2217.65; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(19,1,1781504169,'chen.jie','report','fire on PROPERTY, loss 2026-06-14, claimed 4064.00 (small claim); reserve 4064.00',NULL,'reported');
INSERT INTO claim_event VALUES(19,2,1781599146,'chen.jie','request-docs','request 1: claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account (索赔申请书、损失清单、现场及受损财产照片、消防部门火灾事故认定书、维修或重置发票、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(19,3,1782088012,'chen.jie','receive-docs','received claim-form, loss-list, loss-photos, fire-report, repair-invoice, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(19,4,1782703383,'chen.jie','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(19,5,1783017374,'chen.jie','agree','agreed loss 2641.60; deductible 1000.00; within the PROPERTY amount 1420000.00: payable 1641.60','decided','agreed');
INSERT INTO claim_event VALUES(19,6,1783198210,'chen.jie','pay','payment 1 of 1641.60; paid in all 1641.60 of 1641.60; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(19,7,1783319188,'chen.jie','close','closed; paid 1641.60; reserve 0.00 released','paid','closed');
INSERT INTO claim_event VALUES(20,1,1792388816,'liu.yang','report','annuity-start on ACCOUNT, loss 2026-10-18, claimed 61504.00; reserve 61504.00',NULL,'reported');
INSERT INTO claim_event VALUES(20,2,1792551732,'liu.yang','request-docs','request 1: claim-form, identity-document, bank-account (领取或给付申请书、身份证、收款账户信息)','reported','awaiting-documents');
INSERT INTO claim_event VALUES(20,3,1792848746,'liu.yang','receive-docs','received claim-form, identity-document, bank-account; documents complete','awaiting-documents','documents-complete');
INSERT INTO claim_event VALUES(20,4,1793158738,'liu.yang','decide','covered','documents-complete','decided');
INSERT INTO claim_event VALUES(20,5,1793382288,'liu.yang','agree','agreed loss 60888.96; within the ACCOUNT amount 152000.67: payable 60888.96','decided','agreed');
INSERT INTO claim_event VALUES(20,6,1793419540,'liu.yang','pay','payment 1 of 60888.96; paid in all 60888.96 of 60888.96; reserve 0.00','agreed','paid');
INSERT INTO claim_event VALUES(20,7,1793614889,'liu.yang','close','closed; paid 60888.96; reserve 0.00 released','paid','closed');
CREATE TABLE claim_clock (
    claim_id INTEGER NOT NULL REFERENCES claim(id),
    cycle INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('document-notice','decision','payment','rejection-notice','advance-payment','small-claim-close')),
    basis TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    ended_at INTEGER,
    status TEXT NOT NULL CHECK (status IN ('open', 'met', 'missed', 'stopped')),
    PRIMARY KEY (claim_id, cycle, kind)
) WITHOUT ROWID;
INSERT INTO claim_clock VALUES(1,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1792148357,1797350400,1792199993,'stopped');
INSERT INTO claim_clock VALUES(1,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1792148357,1793030400,1792179137,'met');
INSERT INTO claim_clock VALUES(1,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1791580688,1791820800,1791657459,'met');
INSERT INTO claim_clock VALUES(1,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1792199993,1792684800,1792199993,'met');
INSERT INTO claim_clock VALUES(1,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1791580688,1792080000,1792430094,'missed');
INSERT INTO claim_clock VALUES(2,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1792392371,1797609600,1792912698,'stopped');
INSERT INTO claim_clock VALUES(2,1,'decision','Insurance Law Art. 23: decision within 15 days of complete documents (PH-LIAB-MICRO contract period; statutory 30)',1792392371,1793721600,1792885408,'met');
INSERT INTO claim_clock VALUES(2,1,'payment','Insurance Law Art. 23: payment within 7 days of agreeing the amount (PH-LIAB-MICRO contract period; statutory 10)',1792912698,1793548800,1793085013,'met');
INSERT INTO claim_clock VALUES(3,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1793188752,1798387200,1793422430,'stopped');
INSERT INTO claim_clock VALUES(3,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PENS-FLEX contract period; statutory 30)',1793188752,1794067200,1793375652,'met');
INSERT INTO claim_clock VALUES(3,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PENS-FLEX contract period; statutory 10)',1793422430,1793894400,1793827187,'met');
INSERT INTO claim_clock VALUES(4,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1794384178,1799596800,1794931965,'stopped');
INSERT INTO claim_clock VALUES(4,1,'decision','Insurance Law Art. 23: decision within 30 days of complete documents',1794384178,1797004800,1794802457,'met');
INSERT INTO claim_clock VALUES(4,1,'payment','Insurance Law Art. 23: payment within 10 days of agreeing the amount',1794931965,1795881600,1794954199,'met');
INSERT INTO claim_clock VALUES(5,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1783853843,1789056000,1784028924,'stopped');
INSERT INTO claim_clock VALUES(5,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1783853843,1784736000,1784024780,'met');
INSERT INTO claim_clock VALUES(5,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1783188117,1783353600,1783261710,'met');
INSERT INTO claim_clock VALUES(5,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1784028924,1784476800,1784028924,'met');
INSERT INTO claim_clock VALUES(5,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1783188117,1783699200,1784124964,'missed');
INSERT INTO claim_clock VALUES(6,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1793474774,1798732800,1794380504,'stopped');
INSERT INTO claim_clock VALUES(6,1,'decision','Insurance Law Art. 23: decision within 15 days of complete documents (PH-LIAB-MICRO contract period; statutory 30)',1793474774,1794844800,1794325802,'met');
INSERT INTO claim_clock VALUES(6,1,'payment','Insurance Law Art. 23: payment within 7 days of agreeing the amount (PH-LIAB-MICRO contract period; statutory 10)',1794380504,1795017600,1794980614,'met');
INSERT INTO claim_clock VALUES(7,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1791787342,1797004800,1792477718,'stopped');
INSERT INTO claim_clock VALUES(7,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1791787342,1792684800,1792343368,'met');
INSERT INTO claim_clock VALUES(7,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1790675183,1790784000,1790734784,'met');
INSERT INTO claim_clock VALUES(7,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1792477718,1792944000,1793321183,'missed');
INSERT INTO claim_clock VALUES(7,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1790675183,1791129600,1793486616,'missed');
INSERT INTO claim_clock VALUES(8,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1783749576,1788969600,1784314656,'stopped');
INSERT INTO claim_clock VALUES(8,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1783749576,1784649600,1784314656,'stopped');
INSERT INTO claim_clock VALUES(8,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1783533980,1783699200,1783538067,'met');
INSERT INTO claim_clock VALUES(8,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1783533980,1784044800,1784314656,'missed');
INSERT INTO claim_clock VALUES(9,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1794626946,1799856000,NULL,'open');
INSERT INTO claim_clock VALUES(9,1,'decision','Insurance Law Art. 23: decision within 30 days of complete documents',1794626946,1797264000,NULL,'open');
INSERT INTO claim_clock VALUES(9,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1794183224,1794326400,1794193905,'met');
INSERT INTO claim_clock VALUES(9,1,'small-claim-close','PH-EXCR-SME service level: small claims (up to 50000.00) closed within 30 days of the report',1794183224,1796832000,NULL,'open');
INSERT INTO claim_clock VALUES(10,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1787033743,1792252800,1787676472,'stopped');
INSERT INTO claim_clock VALUES(10,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PENS-FLEX contract period; statutory 30)',1787033743,1787932800,1787542158,'met');
INSERT INTO claim_clock VALUES(10,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1786442484,1786550400,1787033743,'missed');
INSERT INTO claim_clock VALUES(10,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PENS-FLEX contract period; statutory 10)',1787676472,1788192000,1787782734,'met');
INSERT INTO claim_clock VALUES(10,1,'small-claim-close','PH-PENS-FLEX service level: small claims (up to 3000.00) closed within 5 days of the report',1786442484,1786896000,1787876666,'missed');
INSERT INTO claim_clock VALUES(11,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1789285772,1794499200,1789980488,'stopped');
INSERT INTO claim_clock VALUES(11,1,'decision','Insurance Law Art. 23: decision within 15 days of complete documents (PH-LIAB-MICRO contract period; statutory 30)',1789285772,1790611200,1789815663,'met');
INSERT INTO claim_clock VALUES(11,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1788626761,1788796800,1788666486,'met');
INSERT INTO claim_clock VALUES(11,1,'payment','Insurance Law Art. 23: payment within 7 days of agreeing the amount (PH-LIAB-MICRO contract period; statutory 10)',1789980488,1790611200,1790211371,'met');
INSERT INTO claim_clock VALUES(11,1,'small-claim-close','PH-LIAB-MICRO service level: small claims (up to 5000.00) closed within 5 days of the report',1788626761,1789142400,1790379226,'missed');
INSERT INTO claim_clock VALUES(12,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1781549571,1786809600,1782355610,'stopped');
INSERT INTO claim_clock VALUES(12,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1781549571,1782489600,1782355610,'met');
INSERT INTO claim_clock VALUES(12,1,'rejection-notice','Insurance Law Art. 24: written rejection with reasons within 3 days of the decision',1782355610,1782662400,1782585101,'met');
INSERT INTO claim_clock VALUES(13,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1791339937,1796572800,1791437689,'stopped');
INSERT INTO claim_clock VALUES(13,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1791339937,1792252800,1791383998,'met');
INSERT INTO claim_clock VALUES(13,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1790821769,1791475200,1790870958,'met');
INSERT INTO claim_clock VALUES(13,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1791437689,1791907200,1791917488,'missed');
INSERT INTO claim_clock VALUES(13,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1790821769,1791302400,1791964365,'missed');
INSERT INTO claim_clock VALUES(14,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1791870072,1797091200,1792248105,'stopped');
INSERT INTO claim_clock VALUES(14,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1791870072,1792771200,1792029533,'met');
INSERT INTO claim_clock VALUES(14,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1791582242,1791820800,1791597473,'met');
INSERT INTO claim_clock VALUES(14,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1792248105,1792684800,1792248105,'met');
INSERT INTO claim_clock VALUES(14,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1791582242,1792080000,1792390577,'missed');
INSERT INTO claim_clock VALUES(15,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1786776126,1791993600,1787677757,'stopped');
INSERT INTO claim_clock VALUES(15,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1786776126,1787673600,1787362010,'met');
INSERT INTO claim_clock VALUES(15,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1786119783,1786377600,1786173003,'met');
INSERT INTO claim_clock VALUES(15,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1787677757,1788192000,1787930954,'met');
INSERT INTO claim_clock VALUES(15,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1786119783,1786636800,1787943693,'missed');
INSERT INTO claim_clock VALUES(15,2,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1790936071,1796140800,NULL,'open');
INSERT INTO claim_clock VALUES(15,2,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1790936071,1791820800,NULL,'open');
INSERT INTO claim_clock VALUES(16,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1790500039,1795708800,1791042147,'stopped');
INSERT INTO claim_clock VALUES(16,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1790500039,1791388800,1791042147,'met');
INSERT INTO claim_clock VALUES(16,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1789623865,1789747200,1789718995,'met');
INSERT INTO claim_clock VALUES(16,1,'rejection-notice','Insurance Law Art. 24: written rejection with reasons within 3 days of the decision',1791042147,1791302400,1791297995,'met');
INSERT INTO claim_clock VALUES(16,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1789623865,1790092800,1791297995,'missed');
INSERT INTO claim_clock VALUES(17,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1790105911,1795363200,1790186855,'stopped');
INSERT INTO claim_clock VALUES(17,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1790105911,1791043200,1790175512,'met');
INSERT INTO claim_clock VALUES(17,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1789291748,1789401600,1789386427,'met');
INSERT INTO claim_clock VALUES(17,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1790186855,1790697600,1790186855,'met');
INSERT INTO claim_clock VALUES(17,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1789291748,1789747200,1790282146,'missed');
INSERT INTO claim_clock VALUES(18,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1775074040,1780329600,1775242717,'stopped');
INSERT INTO claim_clock VALUES(18,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1775074040,1776009600,1775164083,'met');
INSERT INTO claim_clock VALUES(18,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1774333809,1774454400,1774391091,'met');
INSERT INTO claim_clock VALUES(18,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1775242717,1775750400,1775321658,'met');
INSERT INTO claim_clock VALUES(18,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1774333809,1774800000,1775385334,'missed');
INSERT INTO claim_clock VALUES(19,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1782088012,1787328000,1783017374,'stopped');
INSERT INTO claim_clock VALUES(19,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PROP-SHOP contract period; statutory 30)',1782088012,1783008000,1782703383,'met');
INSERT INTO claim_clock VALUES(19,1,'document-notice','保险小额理赔服务指引 (2015): tell the claimant what is needed within 1 working day',1781504169,1781625600,1781599146,'met');
INSERT INTO claim_clock VALUES(19,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PROP-SHOP contract period; statutory 10)',1783017374,1783526400,1783198210,'met');
INSERT INTO claim_clock VALUES(19,1,'small-claim-close','PH-PROP-SHOP service level: small claims (up to 5000.00) closed within 5 days of the report',1781504169,1781971200,1783319188,'missed');
INSERT INTO claim_clock VALUES(20,1,'advance-payment','Insurance Law Art. 25: advance payment within 60 days of complete documents while the amount is not fixed',1792848746,1798041600,1793382288,'stopped');
INSERT INTO claim_clock VALUES(20,1,'decision','Insurance Law Art. 23: decision within 10 days of complete documents (PH-PENS-FLEX contract period; statutory 30)',1792848746,1793721600,1793158738,'met');
INSERT INTO claim_clock VALUES(20,1,'payment','Insurance Law Art. 23: payment within 5 days of agreeing the amount (PH-PENS-FLEX contract period; statutory 10)',1793382288,1793894400,1793419540,'met');
CREATE TABLE reference_counter (
    stem TEXT PRIMARY KEY,
    last INTEGER NOT NULL CHECK (last >= 0)
) WITHOUT ROWID;
INSERT INTO reference_counter VALUES('A-2026-',52);
INSERT INTO reference_counter VALUES('CLM-2026-',20);
INSERT INTO reference_counter VALUES('PL-2026-',50);
CREATE INDEX product_version_line ON product_version(line);
CREATE UNIQUE INDEX rate_table_version_key ON rate_table_version(name, ifnull(effective_from, ''));
CREATE INDEX party_identifier ON party(identifier);
CREATE INDEX party_segment ON party(segment);
CREATE INDEX party_employer ON party(employer_id);
CREATE INDEX party_owner_of ON party(owner_of_id);
CREATE INDEX application_status ON application(status);
CREATE INDEX application_applied_at ON application(applied_at);
CREATE INDEX policy_holder ON policy(holder_id);
CREATE INDEX policy_line ON policy(line, status);
CREATE INDEX policy_dates ON policy(start_date, end_date);
CREATE INDEX policy_insured_party ON policy_insured(party_id);
CREATE INDEX audit_event_subject ON audit_event(subject, id);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE INDEX claim_policy ON claim(policy_id);
CREATE INDEX claim_state ON claim(state, adjuster);
CREATE INDEX claim_reported_at ON claim(reported_at);
CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
    BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event
    BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
CREATE INDEX claim_clock_running ON claim_clock(ended_at, due_at);
COMMIT;
