resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-111111111111"
  resource_type = "CALL_RECORDINGS"
  storage_config {
    storage_type = "S3"
    s3_config {
      bucket_name   = "corp-call-recordings"
      bucket_prefix = "recordings"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.connect.arn
      }
    }
  }
}
