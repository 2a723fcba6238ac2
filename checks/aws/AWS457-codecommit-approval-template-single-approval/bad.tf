resource "aws_codecommit_approval_rule_template" "main" {
  name        = "main-review"
  description = "Review before merging to main"
  content = jsonencode({ # expect: AWS457
    Version               = "2018-11-08"
    DestinationReferences = ["refs/heads/main"]
    Statements = [{
      Type                    = "Approvers"
      NumberOfApprovalsNeeded = 1
      ApprovalPoolMembers     = ["arn:aws:sts::123456789012:assumed-role/developers/*"]
    }]
  })
}
