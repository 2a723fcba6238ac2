resource "aws_fsx_openzfs_file_system" "data" {
  storage_capacity    = 64
  subnet_ids          = ["subnet-0123456789abcdef0"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 64
  kms_key_id          = aws_kms_key.fsx.arn
}
