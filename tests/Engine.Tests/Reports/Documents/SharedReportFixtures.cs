// The sample report and its DOCX generator live in TestSupport, shared with the Functions tests.
global using ComplianceFns.TestSupport.Reports;
