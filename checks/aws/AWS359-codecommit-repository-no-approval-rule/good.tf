resource "aws_codecommit_repository" "app" {
  repository_name = "app"
  description     = "Application source"
}

resource "aws_codecommit_approval_rule_template" "two_eyes" {
  name        = "two-eyes"
  description = "One approval from the team besides the author"
  content = jsonencode({
    Version               = "2018-11-08"
    DestinationReferences = ["refs/heads/main"]
    Statements = [{
      Type                    = "Approvers"
      NumberOfApprovalsNeeded = 1
      ApprovalPoolMembers     = ["arn:aws:sts::123456789012:assumed-role/developers/*"]
    }]
  })
}

resource "aws_codecommit_approval_rule_template_association" "app" {
  approval_rule_template_name = aws_codecommit_approval_rule_template.two_eyes.name
  repository_name             = aws_codecommit_repository.app.repository_name
}
