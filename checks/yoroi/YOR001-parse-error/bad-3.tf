resource "aws_kms_key" "k" {
  description = "k"
  enable_key_rotation =  # expect: YOR001
}
