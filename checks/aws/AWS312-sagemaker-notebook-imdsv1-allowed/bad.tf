resource "aws_sagemaker_notebook_instance" "research" { # expect: AWS312
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}
