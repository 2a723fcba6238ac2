resource "aws_launch_template" "web" {
  name_prefix = "web"
  # expect: SEC002
  user_data   = base64encode("export AWS_ACCESS_KEY_ID=AKIAYOROITESTKEY2345")
}

resource "aws_launch_configuration" "legacy" {
  image_id          = "ami-0c55b159cbfafe1f0"
  instance_type     = "t3.micro"
  user_data_base64  = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBeW9yb2lGYWtlS2V5TWF0ZXJpYWxGb3JUZXN0c09ubHlOb3RBUmVhbEtleTAxMjMKeW9yb2lGQUtFeW9yb2lGQUtFeW9yb2lGQUtFeW9yb2lGQUtFeW9yb2lGQUtFeW9yb2lGQUtFKy8wMTIzNDU2Nzg5Cnlvcm9pRkFLRXlvcm9pRkFLRXlvcm9pRkFLRXlvcm9pRkFLRXlvcm9pRkFLRXlvcm9pRkFLRSsvMDEyMzQ1Njc4OQotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=" # expect: SEC002
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::123456789012:role/fn"
  environment {
    variables = {
      MAPS_KEY = "AIzaSyYoroiFake4Tests0123456789abcdefgh" # expect: SEC002
    }
  }
}

resource "azurerm_linux_virtual_machine" "sync" {
  name                  = "vm-sync"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]
  # expect: SEC002
  custom_data = base64encode("#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAYOROITESTKEY2345\n")
}
