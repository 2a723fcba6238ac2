resource "aws_sagemaker_notebook_instance" "lab" { # expect: AWS108
  name                   = "lab"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-lab"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
}
