resource "aws_dms_s3_endpoint" "target" {
  endpoint_id             = "orders-lake"
  endpoint_type           = "target"
  bucket_name             = "corp-lake"
  service_access_role_arn = "arn:aws:iam::123456789012:role/dms-s3"
  encryption_mode         = "SSE_KMS"
  kms_key_arn             = aws_kms_key.dms.arn
}
