resource "aws_sagemaker_domain" "studio" { # expect: AWS310
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/sagemaker"
  }
}
