resource "aws_kms_key" "data" {
  description = "data"
  is_enabled  = false # expect: AWS254
}
