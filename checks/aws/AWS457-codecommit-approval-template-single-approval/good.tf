resource "aws_codecommit_approval_rule_template" "main" {
  name        = "main-review"
  description = "Review before merging to main"
  content = jsonencode({
    Version               = "2018-11-08"
    DestinationReferences = ["refs/heads/main"]
    Statements = [{
      Type                    = "Approvers"
      NumberOfApprovalsNeeded = 2
      ApprovalPoolMembers     = ["arn:aws:sts::123456789012:assumed-role/developers/*"]
    }]
  })
}

resource "aws_codecommit_approval_rule_template" "release" {
  name    = "release-review"
  content = <<-JSON
    {"Version": "2018-11-08", "Statements": [{"Type": "Approvers", "NumberOfApprovalsNeeded": 10}]}
  JSON
}
