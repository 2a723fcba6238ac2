resource "aws_ssm_document" "session" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"
  content = jsonencode({
    schemaVersion = "1.0"
    description   = "Session preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName        = "corp-ssm-logs"
      s3EncryptionEnabled = true
      kmsKeyId            = "alias/ssm-sessions"
    }
  })
}

resource "aws_ssm_document" "session_ref" {
  name          = "sessions-ref"
  document_type = "Session"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      kmsKeyId = aws_kms_key.ssm.arn
    }
  })
}

resource "aws_ssm_document" "command" {
  name          = "restart"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    mainSteps     = []
  })
}

resource "aws_ssm_document" "session_yaml" {
  name            = "sessions-yaml"
  document_type   = "Session"
  document_format = "YAML"
  content         = "schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  kmsKeyId: 'alias/ssm-sessions'\n"
}
