resource "aws_ssm_document" "session" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"
  content = jsonencode({
    schemaVersion = "1.0"
    sessionType   = "Standard_Stream"
    inputs = {
      cloudWatchLogGroupName      = "/ssm/sessions"
      cloudWatchEncryptionEnabled = true
      kmsKeyId                    = "alias/ssm-sessions"
    }
  })
}

resource "aws_ssm_document" "from_file" {
  name          = "sessions-file"
  document_type = "Session"
  content       = file("${path.module}/session.json")
}
