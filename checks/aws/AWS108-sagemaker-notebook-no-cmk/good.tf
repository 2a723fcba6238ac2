resource "aws_kms_key" "notebooks" {
  description         = "SageMaker notebooks"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "lab" {
  name                   = "lab"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-lab"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  kms_key_id             = aws_kms_key.notebooks.id
}
