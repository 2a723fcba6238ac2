resource "aws_ssm_document" "session" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "JSON"
  content = jsonencode({ # expect: AWS432
    schemaVersion = "1.0"
    description   = "Session preferences"
    sessionType   = "Standard_Stream"
    inputs = {
      s3BucketName           = "corp-ssm-logs"
      s3EncryptionEnabled    = true
      cloudWatchLogGroupName = ""
      kmsKeyId               = ""
    }
  })
}
