resource "aws_ssm_document" "patch" {
  name          = "patch-fleet"
  document_type = "Command"
  permissions = {
    type        = "Share"
    account_ids = "All" # expect: AWS139
  }
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch"
    mainSteps = [
      {
        action = "aws:runShellScript"
        name   = "patch"
        inputs = { runCommand = ["yum -y update"] }
      }
    ]
  })
}
