resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = "aaaaaaaa-bbbb-cccc-dddd-111111111111"
  resource_type = "CALL_RECORDINGS"
  storage_config {
    storage_type = "S3"
    s3_config { # expect: AWS462
      bucket_name   = "corp-call-recordings"
      bucket_prefix = "recordings"
    }
  }
}
