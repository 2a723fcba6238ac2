resource "aws_ssm_document" "session" {
  name            = "SSM-SessionManagerRunShell"
  document_type   = "Session"
  document_format = "YAML"
  content         = "schemaVersion: '1.0'\nsessionType: Standard_Stream\ninputs:\n  s3BucketName: corp-ssm-logs\n  s3EncryptionEnabled: true\n" # expect: AWS432
}
